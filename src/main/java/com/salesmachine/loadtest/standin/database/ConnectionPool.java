package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.concurrent.CompletableFuture;

/**
 * A bounded pool of modelled database connections that never blocks a thread: a free connection
 * is leased at once, otherwise the caller queues first-in first-out and fails with
 * {@link DatabaseUnavailableException} when none frees up within the time-out.
 */
public final class ConnectionPool {
    private final Duration timeout;
    private final Scheduler scheduler;
    private final LinkedHashSet<Waiter> queue = new LinkedHashSet<>();
    private int free;

    public ConnectionPool(int size, Duration timeout, Scheduler scheduler) {
        if (size < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(
                    "need size >= 1 and a positive time-out, got " + size + " and " + timeout);
        }
        this.free = size;
        this.timeout = timeout;
        this.scheduler = scheduler;
    }

    /** A lease on a connection, now or once one frees up; fails after the pool's time-out. */
    public CompletableFuture<Lease> acquire() {
        synchronized (this) {
            if (free > 0) {
                free--;
                return CompletableFuture.completedFuture(new Lease(this, Duration.ZERO));
            }
            var waiter = new Waiter(scheduler.nanoTime());
            waiter.timeoutTask = scheduler.schedule(timeout, () -> expire(waiter));
            queue.add(waiter);
            return waiter.future;
        }
    }

    /** Connections free right now. */
    public synchronized int available() {
        return free;
    }

    /** Callers queued for a connection right now. */
    public synchronized int waiting() {
        return queue.size();
    }

    void release() {
        Waiter next;
        synchronized (this) {
            Iterator<Waiter> first = queue.iterator();
            if (!first.hasNext()) {
                free++;
                return;
            }
            next = first.next();
            first.remove();
            next.timeoutTask.cancel();
        }
        var lease = new Lease(this, Duration.ofNanos(scheduler.nanoTime() - next.since));
        if (!next.future.complete(lease)) {
            lease.release();
        }
    }

    private void expire(Waiter waiter) {
        synchronized (this) {
            if (!queue.remove(waiter)) {
                return;
            }
        }
        waiter.future.completeExceptionally(new DatabaseUnavailableException(timeout));
    }

    private static final class Waiter {
        final long since;
        final CompletableFuture<Lease> future = new CompletableFuture<>();
        Scheduler.Task timeoutTask;

        Waiter(long since) {
            this.since = since;
        }
    }
}
