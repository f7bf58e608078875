package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.standin.redis.RedisLatency;
import com.salesmachine.loadtest.standin.redis.RedisStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The email queue's operations against its Redis store: pushing a campaign's new emails onto the
 * list (LPUSH, so the sender's RPOP takes the oldest first) and reading the list's length.
 * Each answer carries its timing for {@code Server-Timing}.
 */
public final class EmailQueue {
    /** The Redis list every queued email id waits in. */
    public static final String QUEUE_KEY = "sales-machine:email-queue";

    private final RedisStore store;
    private final RedisLatency redis;

    public EmailQueue(RedisStore store, RedisLatency redis) {
        this.store = store;
        this.redis = redis;
    }

    /** A queue operation's result and its timing. */
    public record Timed<T>(T value, QueueTiming timing) {}

    /** Pushes the email ids; answers with the list's length after the push. */
    public CompletableFuture<Timed<Long>> push(List<String> emailIds) {
        long start = redis.nanoTime();
        return redis.call(() -> store.lpush(QUEUE_KEY, emailIds)).thenApply(reply -> timed(reply, start));
    }

    /** How many emails wait in the queue right now. */
    public CompletableFuture<Timed<Long>> depth() {
        long start = redis.nanoTime();
        return redis.call(() -> store.llen(QUEUE_KEY)).thenApply(reply -> timed(reply, start));
    }

    private Timed<Long> timed(RedisLatency.Reply<Long> reply, long start) {
        Duration whole = Duration.ofNanos(Math.max(0, redis.nanoTime() - start));
        // The operation can never take less than its own Redis round trip.
        Duration queue = whole.compareTo(reply.took()) < 0 ? reply.took() : whole;
        return new Timed<>(reply.valueOrThrow(), new QueueTiming(reply.took(), queue));
    }
}
