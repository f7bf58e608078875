package com.salesmachine.loadtest.standin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {
    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final ConnectionPool pool = new ConnectionPool(2, Duration.ofSeconds(2), scheduler);

    @Test
    void acquire_leasesAtOnce_whenAConnectionIsFree() {
        CompletableFuture<Lease> lease = pool.acquire();

        assertTrue(lease.isDone());
        assertEquals(Duration.ZERO, lease.join().waited());
        assertEquals(1, pool.available());
    }

    @Test
    void acquire_waits_whenEveryConnectionIsLeased() {
        pool.acquire();
        pool.acquire();

        CompletableFuture<Lease> third = pool.acquire();

        assertFalse(third.isDone());
        assertEquals(0, pool.available());
        assertEquals(1, pool.waiting());
    }

    @Test
    void release_handsTheConnectionToTheNextWaiter_withTheTimeItWaited() {
        Lease first = pool.acquire().join();
        pool.acquire();
        CompletableFuture<Lease> waiter = pool.acquire();

        scheduler.advance(Duration.ofMillis(300));
        first.release();

        assertTrue(waiter.isDone());
        assertEquals(Duration.ofMillis(300), waiter.join().waited());
        assertEquals(0, pool.available());
        assertEquals(0, scheduler.pending(), "the served waiter's time-out is called off");
    }

    @Test
    void waiters_areServedFirstInFirstOut() {
        Lease a = pool.acquire().join();
        Lease b = pool.acquire().join();
        List<Integer> served = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            pool.acquire().thenAccept(lease -> served.add(n));
        }

        a.release();
        b.release();

        assertEquals(List.of(1, 2), served);
        assertEquals(1, pool.waiting());
    }

    @Test
    void acquire_failsWithDatabaseUnavailable_whenNoConnectionFreesWithinTheTimeout() {
        pool.acquire();
        pool.acquire();
        CompletableFuture<Lease> waiter = pool.acquire();

        scheduler.advance(Duration.ofMillis(1999));
        assertFalse(waiter.isDone());
        scheduler.advance(Duration.ofMillis(1));

        var failure = assertThrows(ExecutionException.class, waiter::get);
        assertInstanceOf(DatabaseUnavailableException.class, failure.getCause());
        assertEquals(0, pool.waiting());
    }

    @Test
    void release_returnsTheConnectionToThePool_whenTheOnlyWaiterTimedOut() {
        Lease first = pool.acquire().join();
        pool.acquire();
        pool.acquire();
        scheduler.advance(Duration.ofSeconds(3));

        first.release();

        assertEquals(1, pool.available());
    }

    @Test
    void release_twice_freesTheConnectionOnce() {
        Lease lease = pool.acquire().join();

        lease.release();
        lease.release();

        assertEquals(2, pool.available());
    }

    @Test
    void constructor_rejectsAnEmptyPool() {
        assertThrows(IllegalArgumentException.class, () -> new ConnectionPool(0, Duration.ofSeconds(1), scheduler));
    }
}
