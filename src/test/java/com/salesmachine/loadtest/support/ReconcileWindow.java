package com.salesmachine.loadtest.support;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The time limits of a paced load followed by a verification, all counted from one origin (the
 * start of the run), so the verification always ends before the run's hard bound:
 *
 * <ul>
 *   <li>operations start until the load's {@link PacedLoad#lastStart()};
 *   <li>the load is expected to be over {@link #OPERATION_TAIL} later;
 *   <li>the verification waits for things to settle at most {@code timeout} from when it starts,
 *       and never past the load's end plus {@code timeout};
 *   <li>it checks nothing new after that plus {@link #CHECK_TAIL} (its hard stop);
 *   <li>the run's {@link #maxDuration} is the hard stop plus {@link #FINAL_MARGIN}, longer than a
 *       request time-out, so the last check's answer is still recorded.
 * </ul>
 */
public final class ReconcileWindow {
    static final Duration OPERATION_TAIL = Duration.ofSeconds(10);
    static final Duration CHECK_TAIL = Duration.ofSeconds(10);
    static final Duration FINAL_MARGIN = Duration.ofSeconds(12);

    private final LongSupplier nanoTime;
    private final long origin;
    private final long lastStart;
    private final long loadEnd;
    private final long timeout;
    private final AtomicLong waitDeadline = new AtomicLong(Long.MIN_VALUE);

    public ReconcileWindow(PacedLoad load, Duration timeout, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
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

    /** The longest the verification waits for things to settle. */
    public Duration waitLimit() {
        return Duration.ofNanos(timeout);
    }

    /** Whether an operation of the load may still start. */
    public boolean mayStartOperation() {
        return elapsed() < lastStart;
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
