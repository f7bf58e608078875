package com.salesmachine.loadtest.standin.database;

import java.time.Duration;

/** The failure when no database connection became free within the pool's time-out. */
public final class DatabaseUnavailableException extends RuntimeException {
    private final Duration waited;

    public DatabaseUnavailableException(Duration waited) {
        super("No database connection became free within " + waited.toMillis() + " ms; try again later");
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
