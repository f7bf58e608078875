package com.salesmachine.loadtest.standin.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.redis.RedisStore;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The background sender, on a fake clock: drain rate, queue growth, failures and the drop fault. */
class EmailSenderTest {
    /** The mail provider takes 30 ms per batch. */
    private static final Duration HAND_OFF = Duration.ofMillis(30);

    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final RedisStore store = new RedisStore();
    private final AtomicInteger nextId = new AtomicInteger();
    private final CampaignEmails emails = new CampaignEmails(() -> "e" + nextId.incrementAndGet());
    private EmailSender sender;

    @AfterEach
    void stop() {
        sender.close();
    }

    @Test
    void drainsAtItsRate_oldestFirst_throughSendingToSent() {
        start(EmailQueueConfig.defaults().withDrainRate(20));
        queue("c1", 5);

        scheduler.advance(Duration.ofMillis(100));
        assertEquals(List.of("e1", "e2"), status("c1").emailIds().get("sending"), "20/s is 2 per 100 ms tick");
        assertEquals(3, store.llen(EmailQueue.QUEUE_KEY));

        scheduler.advance(HAND_OFF);
        assertEquals(List.of("e1", "e2"), status("c1").emailIds().get("sent"));

        scheduler.advance(Duration.ofMillis(200));
        QueueStatus done = status("c1");
        assertEquals(0, done.queued());
        assertEquals(5, done.sending() + done.sent());
        assertEquals(0, store.llen(EmailQueue.QUEUE_KEY));
    }

    @Test
    void aRateBelowOnePerTick_stillSendsThatManyPerSecond() {
        start(EmailQueueConfig.defaults().withDrainRate(2.5));
        queue("c1", 10);

        scheduler.advance(Duration.ofSeconds(2));

        assertEquals(5, 10 - status("c1").queued(), "2.5 emails/s for 2 s");
    }

    @Test
    void theQueueGrows_whenMoreArrivesThanItDrains() {
        start(EmailQueueConfig.defaults().withDrainRate(10));
        for (int second = 0; second < 5; second++) {
            queue("c" + second, 30);
            scheduler.advance(Duration.ofSeconds(1));
        }

        assertEquals(150 - 50, store.llen(EmailQueue.QUEUE_KEY), "30/s offered, 10/s drained, for 5 s");
    }

    @Test
    void unusedAllowance_doesNotPileUp_whileTheQueueIsEmpty() {
        start(EmailQueueConfig.defaults().withDrainRate(10));
        scheduler.advance(Duration.ofSeconds(10));
        queue("c1", 20);

        scheduler.advance(Duration.ofMillis(100));

        assertEquals(1, status("c1").sending(), "one tick's worth, not ten seconds' worth");
    }

    @Test
    void theFailFraction_marksExactlyThatShareFailed_accountedFor() {
        start(EmailQueueConfig.defaults().withFailFraction(0.25));
        queue("c1", 8);

        scheduler.advance(Duration.ofSeconds(1));

        QueueStatus status = status("c1");
        assertEquals(6, status.sent());
        assertEquals(2, status.failed());
        assertEquals(List.of("e4", "e8"), status.emailIds().get("failed"));
    }

    @Test
    void theDropFault_forgetsExactlyThatShare_soTheyAreInNoState() {
        start(EmailQueueConfig.defaults().withDropFraction(0.01));
        queue("c1", 150);
        queue("c2", 150);

        scheduler.advance(Duration.ofSeconds(5));

        QueueStatus first = status("c1");
        QueueStatus second = status("c2");
        assertEquals(149, first.sent(), "the 100th email is gone");
        assertEquals(148, second.sent(), "so are the 200th and the 300th: 1 % of 300 is 3");
        assertEquals(0, first.queued() + first.sending() + first.failed());
        assertEquals(0, store.llen(EmailQueue.QUEUE_KEY));
    }

    @Test
    void close_stopsDraining_andLeavesTheRestQueued() {
        start(EmailQueueConfig.defaults().withDrainRate(10));
        queue("c1", 5);

        sender.close();
        scheduler.advance(Duration.ofSeconds(1));

        assertEquals(5, status("c1").queued());
        assertEquals(0, scheduler.pending());
    }

    private void start(EmailQueueConfig config) {
        var serviceTimes = new ServiceTimeModel(
                Map.of(Operation.EMAIL_SEND, new LatencyProfile(0, 0, HAND_OFF.toMillis())), 1.0, new Random(1));
        sender = new EmailSender(store, emails, config, serviceTimes, scheduler);
        sender.start();
    }

    private void queue(String campaignId, int count) {
        List<String> prospects =
                IntStream.range(0, count).mapToObj(i -> campaignId + "-p" + i).toList();
        store.lpush(EmailQueue.QUEUE_KEY, emails.queue(campaignId, prospects));
    }

    private QueueStatus status(String campaignId) {
        return emails.status(campaignId);
    }
}
