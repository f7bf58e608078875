package com.salesmachine.loadtest.standin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final ConnectionPool pool = new ConnectionPool(1, Duration.ofMillis(500), scheduler);
    private final Database database = new Database(
            pool,
            new ServiceTimeModel(Map.of(Operation.PROSPECTS_GET, new LatencyProfile(100, 100, 0)), 1.0, new Random(1)),
            scheduler);

    @Test
    void run_answersAfterTheServiceTime_holdingTheConnectionMeanwhile() {
        CompletableFuture<QueryResult<String>> answer = database.run(Operation.PROSPECTS_GET, () -> "row");

        scheduler.advance(Duration.ofMillis(99));
        assertFalse(answer.isDone());
        assertEquals(0, pool.available());
        scheduler.advance(Duration.ofMillis(1));

        assertEquals("row", answer.join().valueOrThrow());
        assertEquals("db;dur=100.0, pool;dur=0.0", answer.join().serverTiming());
        assertEquals(1, pool.available());
    }

    @Test
    void run_reportsThePoolWait_whenItHadToQueue() {
        database.run(Operation.PROSPECTS_GET, () -> "first");
        CompletableFuture<QueryResult<String>> second = database.run(Operation.PROSPECTS_GET, () -> "second");

        scheduler.advance(Duration.ofMillis(200));

        assertEquals("db;dur=100.0, pool;dur=100.0", second.join().serverTiming());
    }

    @Test
    void run_keepsTheRuleException_withTheTimings() {
        var rule = new IllegalStateException("no such prospect");
        CompletableFuture<QueryResult<Object>> answer = database.run(Operation.PROSPECTS_GET, () -> {
            throw rule;
        });

        scheduler.advance(Duration.ofMillis(100));

        assertSame(rule, assertThrows(IllegalStateException.class, answer.join()::valueOrThrow));
        assertEquals(Duration.ofMillis(100), answer.join().service());
    }

    @Test
    void run_failsWithDatabaseUnavailable_whenTheConnectionStaysBusyPastTheTimeout() {
        var slow = new Database(
                pool,
                new ServiceTimeModel(
                        Map.of(Operation.DASHBOARD, new LatencyProfile(2000, 2000, 0)), 1.0, new Random(1)),
                scheduler);
        slow.run(Operation.DASHBOARD, () -> "slow");
        CompletableFuture<QueryResult<String>> starved = slow.run(Operation.DASHBOARD, () -> "starved");

        scheduler.advance(Duration.ofMillis(500));

        assertTrue(starved.isCompletedExceptionally());
        var failure = assertThrows(CompletionException.class, starved::join);
        assertInstanceOf(DatabaseUnavailableException.class, failure.getCause());
    }

    @Test
    void run_answersAFixedLatencyLater_withTheConnectionAlreadyReleased_andOnlyForThatOperation() {
        var model = new ServiceTimeModel(Map.of(), 0.0, new Random(1));
        var fixed = new FixedLatency(Map.of(Operation.DASHBOARD, Duration.ofMillis(100)));
        var delayed = new Database(pool, model, scheduler, fixed);

        CompletableFuture<QueryResult<String>> dashboard = delayed.run(Operation.DASHBOARD, () -> "dashboard");
        CompletableFuture<QueryResult<String>> prospect = delayed.run(Operation.PROSPECTS_GET, () -> "row");

        assertEquals("row", prospect.join().valueOrThrow());
        scheduler.advance(Duration.ofMillis(99));
        assertFalse(dashboard.isDone());
        assertEquals(1, pool.available());
        scheduler.advance(Duration.ofMillis(1));
        assertEquals("dashboard", dashboard.join().valueOrThrow());
        assertEquals("db;dur=0.0, pool;dur=0.0", dashboard.join().serverTiming());
    }

    @Test
    void run_delaysAFailureByTheFixedLatencyToo() {
        var model = new ServiceTimeModel(
                Map.of(Operation.DASHBOARD, new LatencyProfile(2000, 2000, 0)), 1.0, new Random(1));
        var fixed = new FixedLatency(Map.of(Operation.DASHBOARD, Duration.ofMillis(100)));
        var delayed = new Database(pool, model, scheduler, fixed);
        delayed.run(Operation.DASHBOARD, () -> "slow");
        CompletableFuture<QueryResult<String>> starved = delayed.run(Operation.DASHBOARD, () -> "starved");

        scheduler.advance(Duration.ofMillis(599));
        assertFalse(starved.isDone());
        scheduler.advance(Duration.ofMillis(1));

        var failure = assertThrows(CompletionException.class, starved::join);
        assertInstanceOf(DatabaseUnavailableException.class, failure.getCause());
    }

    @Test
    void serverTiming_writesMillisecondsWithOneDecimal() {
        assertEquals(
                "db;dur=12.3, pool;dur=0.1",
                QueryResult.serverTiming(Duration.ofNanos(12_345_000), Duration.ofNanos(60_000)));
    }
}
