package com.salesmachine.loadtest.standin.testing;

import com.salesmachine.loadtest.standin.database.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} driven by a {@link FakeClock}: tasks run on the test's thread, in due order,
 * only when the test calls {@link #advance}.
 */
public final class FakeScheduler implements Scheduler {
    private final FakeClock clock;
    private final Instant origin;
    private final PriorityQueue<Entry> due = new PriorityQueue<>();
    private long sequence;

    public FakeScheduler(FakeClock clock) {
        this.clock = clock;
        this.origin = clock.instant();
    }

    @Override
    public synchronized Task schedule(Duration delay, Runnable task) {
        var entry = new Entry(nanoTime() + delay.toNanos(), sequence++, task);
        due.add(entry);
        return () -> entry.cancelled = true;
    }

    @Override
    public long nanoTime() {
        return Duration.between(origin, clock.instant()).toNanos();
    }

    /** Moves the clock forward, running each task when its time comes. */
    public void advance(Duration step) {
        long end = nanoTime() + step.toNanos();
        while (true) {
            Entry next;
            synchronized (this) {
                next = due.peek();
                if (next == null || next.at > end) {
                    break;
                }
                due.poll();
            }
            clock.advance(Duration.ofNanos(Math.max(0, next.at - nanoTime())));
            if (!next.cancelled) {
                next.task.run();
            }
        }
        clock.advance(Duration.ofNanos(end - nanoTime()));
    }

    /** Tasks still waiting to run, cancelled ones not counted. */
    public synchronized long pending() {
        return due.stream().filter(e -> !e.cancelled).count();
    }

    private static final class Entry implements Comparable<Entry> {
        final long at;
        final long order;
        final Runnable task;
        volatile boolean cancelled;

        Entry(long at, long order, Runnable task) {
            this.at = at;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            return at != other.at ? Long.compare(at, other.at) : Long.compare(order, other.order);
        }
    }
}
