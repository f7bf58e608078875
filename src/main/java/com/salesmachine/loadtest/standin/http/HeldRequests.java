package com.salesmachine.loadtest.standin.http;

import com.salesmachine.loadtest.standin.database.Scheduler;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests the stand-in holds without ever answering, as a real N8N does with an {@code h2c} upgrade:
 * each is let go (its connection closed, still unanswered) after {@code bound}, or when the server
 * closes, so none outlives the server and none leaks. Time comes from the injected scheduler.
 */
public final class HeldRequests implements AutoCloseable {
    /** Longer than any client here waits for an answer; short enough that a forgotten one goes away. */
    public static final Duration BOUND = Duration.ofSeconds(60);

    private final Scheduler scheduler;
    private final Duration bound;
    private final Set<Hold> holds = ConcurrentHashMap.newKeySet();
    private boolean closed;

    public HeldRequests(Scheduler scheduler, Duration bound) {
        this.scheduler = scheduler;
        this.bound = bound;
    }

    /** Holds one request; {@code letGo} ends it without an answer, exactly once. */
    public void hold(Runnable letGo) {
        var hold = new Hold(letGo);
        boolean accepted;
        synchronized (this) {
            accepted = !closed && holds.add(hold);
        }
        if (!accepted) {
            hold.release();
            return;
        }
        hold.timer = scheduler.schedule(bound, hold::release);
    }

    /** Requests held now. */
    public int held() {
        return holds.size();
    }

    /** Lets every held request go, and any later one at once. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        holds.forEach(Hold::release);
    }

    private final class Hold {
        private final Runnable letGo;
        private final AtomicBoolean released = new AtomicBoolean();
        volatile Scheduler.Task timer;

        Hold(Runnable letGo) {
            this.letGo = letGo;
        }

        void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            holds.remove(this);
            Scheduler.Task task = timer;
            if (task != null) {
                task.cancel();
            }
            letGo.run();
        }
    }
}
