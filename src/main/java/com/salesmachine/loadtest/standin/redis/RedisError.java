package com.salesmachine.loadtest.standin.redis;

/** A command Redis refuses, with Redis's own wording ({@code ERR wrong number of arguments ...}). */
public final class RedisError extends RuntimeException {
    public RedisError(String message) {
        super(message, null, false, false);
    }
}
