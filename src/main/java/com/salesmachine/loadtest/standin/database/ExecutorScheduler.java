package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The real {@link Scheduler}: a small pool of daemon threads and {@link System#nanoTime()}. */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;

    public ExecutorScheduler(int threads) {
        executor = new ScheduledThreadPoolExecutor(threads, daemonThreads());
        // Served waiters cancel their time-out; without this, cancelled tasks would pile up in the queue.
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        var future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, "stand-in-db-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
