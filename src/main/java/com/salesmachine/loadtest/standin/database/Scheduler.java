package com.salesmachine.loadtest.standin.database;

import java.time.Duration;

/**
 * A timer for delayed tasks, with the clock the delays are measured against: the stand-in's only
 * source of waiting, so tests can drive it with a fake clock instead of sleeping.
 */
public interface Scheduler {
    /** Runs {@code task} once, {@code delay} from now, on a scheduler thread. */
    Task schedule(Duration delay, Runnable task);

    /** A monotonic time in nanoseconds, on the same clock as the delays. */
    long nanoTime();

    /** A scheduled task that may still be called off. */
    interface Task {
        void cancel();
    }
}
