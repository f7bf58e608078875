package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.results.RecordSink;
import com.salesmachine.loadtest.verdict.Stop;
import java.time.Clock;
import java.util.Optional;

/**
 * The live side of the stop criteria: takes the run's records as the log hands them on, keeps the
 * sliding window and the active users, and holds the first sustained breach as the run's
 * {@link Stop}. Pure: the log reader and the clock are the caller's, so a test feeds it records.
 */
public final class BreachWatch implements RecordSink {
    private final StopCriteria criteria;
    private final SlidingWindow window;
    private final Clock clock;
    private long activeUsers;
    private volatile Stop stop;

    public BreachWatch(StopCriteria criteria, Clock clock) {
        this.criteria = criteria;
        this.window = new SlidingWindow(criteria.window());
        this.clock = clock;
    }

    @Override
    public void request(String path, long startMillis, long endMillis, boolean ok) {
        window.request(path, startMillis, endMillis, ok);
    }

    @Override
    public void group(String path, long startMillis, long endMillis, boolean ok) {
        window.group(path, startMillis, endMillis, ok);
    }

    @Override
    public void user(boolean start, long timestampMillis) {
        activeUsers += start ? 1 : -1;
    }

    /** Judges the window as it is now; the first breach becomes the run's stop, and stays. */
    public Optional<Stop> judge() {
        if (stop == null) {
            criteria.breach(window)
                    .ifPresent(b -> stop = new Stop(
                            clock.millis(),
                            b.slo().name(),
                            b.figure(),
                            b.value(),
                            criteria.window().toMillis() / 1000.0,
                            Math.max(0, activeUsers)));
        }
        return stopped();
    }

    /** The breach that stopped the run, once there is one (read by the watchdog's users, on Gatling's threads). */
    public Optional<Stop> stopped() {
        return Optional.ofNullable(stop);
    }
}
