package com.salesmachine.loadtest.standin.redis;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The round trip to the queue's Redis store: the command takes effect at once, and its answer
 * arrives after a sampled {@code redis} service time (the {@code standin.latency} key), without
 * any thread waiting meanwhile.
 */
public final class RedisLatency {
    private final ServiceTimeModel serviceTimes;
    private final Scheduler scheduler;

    public RedisLatency(ServiceTimeModel serviceTimes, Scheduler scheduler) {
        this.serviceTimes = serviceTimes;
        this.scheduler = scheduler;
    }

    /** A command's outcome (its reply, or the error it raised) and how long the round trip took. */
    public record Reply<T>(T value, RuntimeException failure, Duration took) {
        public T valueOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    /** Runs {@code command} now; the future completes once the modelled round trip is over. */
    public <T> CompletableFuture<Reply<T>> call(Supplier<T> command) {
        Duration took = serviceTimes.sample(Operation.REDIS);
        Reply<T> reply;
        try {
            reply = new Reply<>(command.get(), null, took);
        } catch (RuntimeException e) {
            reply = new Reply<>(null, e, took);
        }
        if (took.isZero()) {
            return CompletableFuture.completedFuture(reply);
        }
        var answer = new CompletableFuture<Reply<T>>();
        Reply<T> done = reply;
        scheduler.schedule(took, () -> answer.complete(done));
        return answer;
    }

    /** The scheduler's monotonic time, for measuring whole queue operations. */
    public long nanoTime() {
        return scheduler.nanoTime();
    }
}
