package com.salesmachine.loadtest.emailqueue;

import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueueConfig;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.testing.TestOutbound;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The suite's reconciliation (its ledger, the queue status it reads, the verdict) against a real
 * stand-in over HTTP. Answers need no scheduler (service times are zero); the sender drains only
 * when the test advances the fake scheduler, so "still queued" and "sent" are under the test's control.
 */
class EmailReconciliationHttpTest {
    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final EmailLedger ledger = new EmailLedger();
    private StandInServer server;
    private ApiClient api;
    private String token;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aHealthyQueue_accountsForEveryEmail() {
        start(EmailQueueConfig.defaults());
        String c1 = send(3);
        String c2 = send(2);

        scheduler.advance(Duration.ofSeconds(1));

        assertEquals(0, reconcile(c1).lost());
        assertEquals(0, reconcile(c2).lost());
        EmailLedger.Totals totals = ledger.totals();
        assertEquals(5, totals.queued());
        assertEquals(5, totals.sent());
        assertEquals(0, totals.lost());
    }

    @Test
    void theDropFault_isCaughtAsLostEmails_inTheCampaignThatLostThem() {
        start(EmailQueueConfig.defaults().withDropFraction(0.25));
        String c1 = send(3);
        String c2 = send(1);

        scheduler.advance(Duration.ofSeconds(1));

        CampaignReconciliation first = reconcile(c1);
        CampaignReconciliation second = reconcile(c2);
        assertEquals(0, first.lost());
        assertEquals(1, second.lost(), "the 4th email drained is the one dropped");
        assertEquals("campaign " + c2 + ": 1 of 1 emails lost (0 sent, 0 failed, 0 still queued)", second.describe());
        assertEquals(List.of(second), ledger.totals().withLoss());
    }

    @Test
    void aQueueThatHasNotDrained_isStillQueued_notLost() {
        start(EmailQueueConfig.defaults().withDrainRate(10));
        String campaign = send(5);

        scheduler.advance(Duration.ofMillis(200));

        CampaignReconciliation verdict = reconcile(campaign);
        assertEquals(0, verdict.lost());
        assertEquals(3, verdict.stillQueued(), "10 emails/s drain 2 in 200 ms");
        assertEquals(3, ledger.totals().stillQueued());
    }

    @Test
    void failedEmails_areAccountedFor_notLost() {
        start(EmailQueueConfig.defaults().withFailFraction(0.5));
        String campaign = send(4);

        scheduler.advance(Duration.ofSeconds(1));

        CampaignReconciliation verdict = reconcile(campaign);
        assertEquals(2, verdict.found().failed());
        assertEquals(0, verdict.lost());
    }

    @Test
    void theProbeClient_reachesTheStoreWithItsToken_andRemovesItsKey() throws Exception {
        start(EmailQueueConfig.defaults());
        var client = new UpstashClient(
                new UpstashRest(server.upstashRestUrl(), server.upstashRestToken()), TestOutbound.plain());

        assertEquals(
                1, client.command("LPUSH", "loadtest:lt-x:probe", "{\"a\": 1}").asLong());
        assertEquals(1, client.command("DEL", "loadtest:lt-x:probe").asLong());
        assertEquals(0, client.command("EXISTS", "loadtest:lt-x:probe").asLong());
        var wrongToken = new UpstashClient(new UpstashRest(server.upstashRestUrl(), "wrong"), TestOutbound.plain());
        var e = assertThrows(IOException.class, () -> wrongToken.command("PING"));
        assertEquals("PING answered 401: Unauthorized", e.getMessage());
    }

    private void start(EmailQueueConfig emailQueue) {
        server = StandInServer.start(
                StandIns.fast().withLatencyFactor(0).withEmailQueue(emailQueue),
                StandIns.ACCOUNTS,
                new FakeClock(),
                new Random(1),
                scheduler);
        api = new ApiClient(server.baseUrl());
        token = api.login(ANN.email(), ANN.password());
    }

    /** What a virtual user does: create, add prospects, send; the ledger keeps what the API answered. */
    private String send(int prospects) {
        var created = api.post("/campaigns", token, toJson(Map.of("name", "Launch", "subject", "Hello")));
        String campaign = json(created).path("id").asText();
        ledger.created(campaign, token);
        List<String> ids = IntStream.range(0, prospects)
                .mapToObj(i -> json(api.post(
                                "/prospects",
                                token,
                                toJson(Map.of(
                                        "firstName", "Ada",
                                        "lastName", "Lovelace",
                                        "email", "ada" + i + "@example.com",
                                        "company", "Engines"))))
                        .path("id")
                        .asText())
                .toList();
        api.post("/campaigns/" + campaign + "/prospects", token, toJson(Map.of("prospectIds", ids)));
        var sent = api.post("/campaigns/" + campaign + "/send", token, null);
        assertEquals(202, sent.statusCode(), sent.body());
        ledger.queued(campaign, json(sent).path("queued").asInt());
        return campaign;
    }

    /** What the "Reconcile campaign emails" check does with the queue status it reads. */
    private CampaignReconciliation reconcile(String campaign) {
        var status = api.get("/campaigns/" + campaign + "/queue", token);
        assertEquals(200, status.statusCode(), status.body());
        var verdict = new CampaignReconciliation(campaign, ledger.expected(campaign), QueueCounts.parse(status.body()));
        ledger.reconciled(verdict);
        assertTrue(verdict.found().accounted() <= ledger.expected(campaign));
        return verdict;
    }
}
