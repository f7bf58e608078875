package com.salesmachine.loadtest.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EmailLedgerTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final EmailLedger ledger = new EmailLedger(now::get);

    @Test
    void queued_addsUpPerCampaign_fromManyThreadsAtOnce() throws Exception {
        ledger.created("c1", "token-a");
        ledger.created("c2", "token-b");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        for (int i = 0; i < 8_000; i++) {
            String campaign = i % 2 == 0 ? "c1" : "c2";
            pool.submit(() -> {
                start.await();
                ledger.queued(campaign, 3);
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

        assertEquals(12_000, ledger.expected("c1"));
        assertEquals(12_000, ledger.expected("c2"));
        assertEquals(0, ledger.expected("unknown"));
        assertEquals(24_000, ledger.totals().queued());
    }

    @Test
    void nextToReconcile_handsOutEachCampaignOnce_inCreationOrder_withItsOwnersToken() {
        ledger.created("c1", "token-a");
        ledger.created("c2", "token-b");
        ledger.queued("orphan", 2);

        assertEquals(Optional.of(new EmailLedger.Campaign("c1", "token-a")), ledger.nextToReconcile());
        assertEquals(Optional.of(new EmailLedger.Campaign("c2", "token-b")), ledger.nextToReconcile());
        assertEquals(Optional.empty(), ledger.nextToReconcile(), "a campaign no owner created cannot be checked");
        assertEquals(Optional.empty(), ledger.nextToReconcile());
        assertFalse(new EmailLedger.Campaign("c1", "token-a").toString().contains("token-a"));
    }

    @Test
    void totals_separateLostFromStillQueued_andNameTheCampaignsWithLoss() {
        ledger.created("c1", "t");
        ledger.created("c2", "t");
        ledger.created("c3", "t");
        ledger.queued("c1", 3);
        ledger.queued("c2", 5);
        ledger.queued("c3", 4);
        ledger.reconciled(new CampaignReconciliation("c1", 3, new QueueCounts(0, 0, 2, 0)));
        ledger.reconciled(new CampaignReconciliation("c2", 5, new QueueCounts(2, 1, 1, 1)));

        EmailLedger.Totals totals = ledger.totals();

        assertEquals(3, totals.campaigns());
        assertEquals(2, totals.reconciled());
        assertEquals(1, totals.notReconciled());
        assertEquals(12, totals.queued());
        assertEquals(3, totals.sent());
        assertEquals(1, totals.failed());
        assertEquals(3, totals.stillQueued());
        assertEquals(1, totals.lost());
        assertEquals(4, totals.notReconciledEmails());
        assertEquals(
                "2 of 3 campaigns reconciled; 12 emails queued as the API answered: 3 sent, 1 failed, 3 still queued,"
                        + " 1 lost; 1 campaigns (4 emails) NOT reconciled. LOST 1 emails in 1 campaigns: c1 (1 of 3)."
                        + " 3 emails were still queued when the wait ended: unfinished, not lost",
                totals.describe());
    }

    @Test
    void queueOperationsPerSecond_countsEverySecondFromTheFirstToTheLast() {
        ledger.queueOperation();
        ledger.queueOperation();
        now.addAndGet(2_000);
        ledger.queueOperation();

        assertEquals(List.of(2L, 0L, 1L), new ArrayList<>(ledger.queueOperationsPerSecond()));
        assertEquals(List.of(), new EmailLedger(now::get).queueOperationsPerSecond());
    }
}
