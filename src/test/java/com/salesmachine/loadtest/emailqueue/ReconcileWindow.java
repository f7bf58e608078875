package com.salesmachine.loadtest.emailqueue;

import com.salesmachine.loadtest.load.PacedLoad;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The time limits of a paced load followed by a verification, all counted from one origin (the
 * start of the run), so the verification always ends before the run's hard bound:
 *
 * <ul>
 *   <li>an operation starts when it is due, counted from when its user was ready, up to
 *       {@link PacedLoad#startSlack()} late, and never after the load's {@link PacedLoad#lastStart()}
 *       (in a one-shot run it always starts: {@code lastStart} leaves room for the longest preparation);
 *   <li>the load is expected to be over {@link #OPERATION_TAIL} later;
 *   <li>the verification waits for things to settle at most {@code timeout} from when it starts,
 *       and never past the load's end plus {@code timeout};
 *   <li>it checks nothing new after that plus {@link #CHECK_TAIL} (its hard stop);
 *   <li>the run's {@link #maxDuration} is the hard stop plus {@link #FINAL_MARGIN}, longer than a
 *       request time-out, so the last check's answer is still recorded.
 * </ul>
 */
public final class ReconcileWindow {
    /** The request time-out of {@code gatling.conf} ({@code gatling.http.requestTimeout}). */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    static final Duration OPERATION_TAIL = Duration.ofSeconds(10);
    static final Duration CHECK_TAIL = Duration.ofSeconds(10);
    static final Duration FINAL_MARGIN = Duration.ofSeconds(12);

    private final LongSupplier nanoTime;
    private final long origin;
    private final PacedLoad load;
    private final boolean oneShot;
    private final long pace;
    private final long startSlack;
    private final long lastStart;
    private final long loadEnd;
    private final long timeout;
    private final AtomicLong waitDeadline = new AtomicLong(Long.MIN_VALUE);

    public ReconcileWindow(PacedLoad load, Duration timeout, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
        this.load = load;
        this.oneShot = load.shape().oneShot();
        this.pace = load.pace().toNanos();
        this.startSlack = load.startSlack().toNanos();
        this.lastStart = load.lastStart().toNanos();
        this.loadEnd = lastStart + OPERATION_TAIL.toNanos();
        this.timeout = timeout.toNanos();
    }

    public ReconcileWindow(PacedLoad load, Duration timeout) {
        this(load, timeout, System::nanoTime);
    }

    /** The run's hard bound for this load and verification time-out. */
    public static Duration maxDuration(PacedLoad load, Duration timeout) {
        return load.lastStart()
                .plus(OPERATION_TAIL)
                .plus(timeout)
                .plus(CHECK_TAIL)
                .plus(FINAL_MARGIN)
                .plusMillis(999)
                .truncatedTo(ChronoUnit.SECONDS);
    }

    /** The load whose operations this window times. */
    public PacedLoad load() {
        return load;
    }

    /** The longest the verification waits for things to settle. */
    public Duration waitLimit() {
        return Duration.ofNanos(timeout);
    }

    /** The time since the start, in nanoseconds: what a user keeps as when it was ready. */
    public long now() {
        return elapsed();
    }

    /** How long until operation {@code index} of a user ready at {@code readyAt} is due; zero once it is. */
    public Duration untilDue(long readyAt, int index) {
        return Duration.ofNanos(Math.max(0, due(readyAt, index) - elapsed()));
    }

    /**
     * Whether operation {@code index} (0 for the first) of a user ready at {@code readyAt} (a
     * {@link #now()}) may start now: in a one-shot run always; otherwise while it is at most one
     * start slack past due and the load's last start has not passed.
     */
    public boolean mayStartOperation(long readyAt, int index) {
        if (oneShot) {
            return true;
        }
        return elapsed() < Math.min(due(readyAt, index) + startSlack, lastStart);
    }

    private long due(long readyAt, int index) {
        return readyAt + pace * index;
    }

    /** Starts the verification's wait (the first call counts; later calls change nothing). */
    public void startWaiting() {
        long deadline = Math.min(elapsed() + timeout, loadEnd + timeout);
        waitDeadline.compareAndSet(Long.MIN_VALUE, deadline);
    }

    /** Whether the verification may still wait for things to settle. */
    public boolean mayWait() {
        long deadline = waitDeadline.get();
        return deadline != Long.MIN_VALUE && elapsed() < deadline;
    }

    /** Whether the verification may still check anything (before its hard stop). */
    public boolean mayCheck() {
        return elapsed() < loadEnd + timeout + CHECK_TAIL.toNanos();
    }

    private long elapsed() {
        return nanoTime.getAsLong() - origin;
    }
}
