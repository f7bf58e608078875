package com.salesmachine.loadtest.standin.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedisLatencyTest {
    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final RedisStore store = new RedisStore();

    @Test
    void call_takesEffectAtOnce_andAnswersAfterTheModelledRoundTrip() {
        var latency = latency(new LatencyProfile(0, 0, 5));

        var reply = latency.call(() -> store.lpush("q", List.of("a")));

        assertEquals(1, store.llen("q"), "the command ran before the answer");
        scheduler.advance(Duration.ofMillis(4));
        assertFalse(reply.isDone());
        scheduler.advance(Duration.ofMillis(1));
        assertEquals(1L, reply.join().valueOrThrow());
        assertEquals(Duration.ofMillis(5), reply.join().took());
    }

    @Test
    void call_keepsARedisError_withTheRoundTrip() {
        var latency = latency(new LatencyProfile(0, 0, 0));

        var reply = latency.call(() -> new RedisCommands(store).execute(List.of("NOPE")));

        assertTrue(reply.isDone(), "a zero round trip answers at once");
        assertTrue(reply.join().failure() instanceof RedisError);
    }

    private RedisLatency latency(LatencyProfile profile) {
        return new RedisLatency(new ServiceTimeModel(Map.of(Operation.REDIS, profile), 1.0, new Random(1)), scheduler);
    }
}
