package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.results.RecordSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How long after a spike the API met its SLOs again: from the end of the spike's ramp-down, the
 * first moment from which the stop criteria's sliding window ({@link StopCriteria}) shows no breach,
 * and keeps showing none, at every second to the end of the observation. Computed after the run
 * from its records; empty when the SLOs never held again through to the end.
 */
public final class Recovery implements RecordSink {
    private record Sample(String path, long start, long end, boolean ok, boolean group) {}

    private final StopCriteria criteria;
    private final List<Sample> samples = new ArrayList<>();

    public Recovery(StopCriteria criteria) {
        this.criteria = criteria;
    }

    @Override
    public void request(String path, long startMillis, long endMillis, boolean ok) {
        samples.add(new Sample(path, startMillis, endMillis, ok, false));
    }

    @Override
    public void group(String path, long startMillis, long endMillis, boolean ok) {
        samples.add(new Sample(path, startMillis, endMillis, ok, true));
    }

    /**
     * The time from {@code fromMillis} (the spike's end) until the window held for good, judged every
     * second up to {@code toMillis}; a window that holds at {@code fromMillis} already is a recovery of 0.
     */
    public Optional<Duration> after(long fromMillis, long toMillis) {
        samples.sort(Comparator.comparingLong(Sample::end));
        var window = new SlidingWindow(criteria.window());
        int next = 0;
        Long heldSince = null;
        // Bounded: one step a second over the observation.
        for (long t = fromMillis; t <= toMillis; t += 1000) {
            while (next < samples.size() && samples.get(next).end() <= t) {
                Sample s = samples.get(next++);
                if (s.group()) {
                    window.group(s.path(), s.start(), s.end(), s.ok());
                } else {
                    window.request(s.path(), s.start(), s.end(), s.ok());
                }
            }
            window.advanceTo(t);
            boolean holds = criteria.breach(window).isEmpty();
            if (holds && heldSince == null) {
                heldSince = t;
            } else if (!holds) {
                heldSince = null;
            }
        }
        return heldSince == null ? Optional.empty() : Optional.of(Duration.ofMillis(heldSince - fromMillis));
    }
}
