package com.salesmachine.loadtest.standin.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.redis.RedisLatency;
import com.salesmachine.loadtest.standin.redis.RedisStore;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmailQueueTest {
    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final RedisStore store = new RedisStore();
    private final EmailQueue queue = new EmailQueue(
            store,
            new RedisLatency(
                    new ServiceTimeModel(Map.of(Operation.REDIS, new LatencyProfile(0, 0, 3)), 1.0, new Random(1)),
                    scheduler));

    @Test
    void push_lpushesTheIds_andAnswersTheDepthWithItsTimings() {
        store.lpush(EmailQueue.QUEUE_KEY, List.of("older"));

        var pushed = queue.push(List.of("e1", "e2"));
        scheduler.advance(Duration.ofMillis(2));
        assertFalse(pushed.isDone());
        scheduler.advance(Duration.ofMillis(1));

        assertEquals(3L, pushed.join().value());
        assertEquals("redis;dur=3.0, queue;dur=3.0", pushed.join().timing().serverTiming());
        assertEquals(List.of("older", "e1", "e2"), store.rpop(EmailQueue.QUEUE_KEY, 3), "oldest first");
    }

    @Test
    void depth_isTheListLength() {
        store.lpush(EmailQueue.QUEUE_KEY, List.of("a", "b"));

        var depth = queue.depth();
        scheduler.advance(Duration.ofMillis(3));

        assertEquals(2L, depth.join().value());
    }
}
