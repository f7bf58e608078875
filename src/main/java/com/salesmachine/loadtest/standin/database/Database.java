package com.salesmachine.loadtest.standin.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The modelled database: a call leases a connection, does its (in-memory) work, and holds the
 * connection for a sampled service time before answering, then waits out the operation's
 * {@link FixedLatency} (if any) with the connection released; no thread waits meanwhile.
 */
public final class Database {
    private final ConnectionPool pool;
    private final ServiceTimeModel serviceTimes;
    private final Scheduler scheduler;
    private final FixedLatency fixedLatency;

    public Database(ConnectionPool pool, ServiceTimeModel serviceTimes, Scheduler scheduler) {
        this(pool, serviceTimes, scheduler, FixedLatency.NONE);
    }

    public Database(
            ConnectionPool pool, ServiceTimeModel serviceTimes, Scheduler scheduler, FixedLatency fixedLatency) {
        this.pool = pool;
        this.serviceTimes = serviceTimes;
        this.scheduler = scheduler;
        this.fixedLatency = fixedLatency;
    }

    /**
     * Runs {@code work} on a leased connection. The future fails only with
     * {@link DatabaseUnavailableException}; an exception thrown by the work is kept in the result,
     * so the caller still gets the timings. With a fixed latency for the operation, every outcome,
     * a failure too, arrives that much later.
     */
    public <T> CompletableFuture<QueryResult<T>> run(Operation operation, Supplier<T> work) {
        CompletableFuture<QueryResult<T>> answer = pool.acquire().thenCompose(lease -> hold(lease, operation, work));
        Duration delay = fixedLatency.of(operation);
        return delay.isZero() ? answer : later(answer, delay);
    }

    private <T> CompletableFuture<T> later(CompletableFuture<T> answer, Duration delay) {
        var delayed = new CompletableFuture<T>();
        answer.whenComplete((value, failure) -> scheduler.schedule(delay, () -> {
            if (failure != null) {
                delayed.completeExceptionally(failure);
            } else {
                delayed.complete(value);
            }
        }));
        return delayed;
    }

    private <T> CompletableFuture<QueryResult<T>> hold(Lease lease, Operation operation, Supplier<T> work) {
        var answer = new CompletableFuture<QueryResult<T>>();
        try {
            Duration service = serviceTimes.sample(operation);
            T value = null;
            RuntimeException failure = null;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            var result = new QueryResult<>(value, failure, service, lease.waited());
            Runnable finish = () -> {
                lease.release();
                answer.complete(result);
            };
            if (service.isZero()) {
                finish.run();
            } else {
                scheduler.schedule(service, finish);
            }
        } catch (RuntimeException e) {
            lease.release();
            answer.completeExceptionally(e);
        }
        return answer;
    }
}
