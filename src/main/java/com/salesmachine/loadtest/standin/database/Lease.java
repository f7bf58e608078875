package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/** One database connection held from a {@link ConnectionPool}, and how long it took to get. */
public final class Lease {
    private final ConnectionPool pool;
    private final Duration waited;
    private final AtomicBoolean released = new AtomicBoolean();

    Lease(ConnectionPool pool, Duration waited) {
        this.pool = pool;
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }

    /** Gives the connection back; calling it again does nothing. */
    public void release() {
        if (released.compareAndSet(false, true)) {
            pool.release();
        }
    }
}
