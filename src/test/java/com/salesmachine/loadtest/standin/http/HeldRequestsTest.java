package com.salesmachine.loadtest.standin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeldRequestsTest {
    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final HeldRequests held = new HeldRequests(scheduler, HeldRequests.BOUND);
    private final AtomicInteger letGo = new AtomicInteger();

    @Test
    void aHeldRequest_isLetGoOnce_whenItsBoundHasPassed() {
        held.hold(letGo::incrementAndGet);

        scheduler.advance(HeldRequests.BOUND.minusMillis(1));
        assertEquals(0, letGo.get());
        assertEquals(1, held.held());

        scheduler.advance(Duration.ofMillis(1));
        assertEquals(1, letGo.get());
        assertEquals(0, held.held());
        held.close();
        assertEquals(1, letGo.get());
    }

    @Test
    void close_letsEveryHeldRequestGo_callsOffTheirTimers_andLetsLaterOnesGoAtOnce() {
        held.hold(letGo::incrementAndGet);
        held.hold(letGo::incrementAndGet);

        held.close();
        assertEquals(2, letGo.get());
        assertEquals(0, scheduler.pending());

        held.hold(letGo::incrementAndGet);
        assertEquals(3, letGo.get());
        assertEquals(0, held.held());
    }
}
