package com.salesmachine.loadtest.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CampaignReconciliationTest {
    @Test
    void anEmailInNoState_isLost() {
        var r = new CampaignReconciliation("c1", 5, new QueueCounts(0, 0, 3, 1));

        assertEquals(1, r.lost());
        assertEquals("campaign c1: 1 of 5 emails lost (3 sent, 1 failed, 0 still queued)", r.describe());
    }

    @Test
    void emailsStillQueuedOrSending_areNotLost() {
        var r = new CampaignReconciliation("c1", 5, new QueueCounts(2, 1, 2, 0));

        assertEquals(0, r.lost());
        assertEquals(3, r.stillQueued());
        assertEquals("campaign c1: all 5 emails accounted for (2 sent, 0 failed, 3 still queued)", r.describe());
    }

    @Test
    void moreEmailsThanTheApiAnswered_areNotLost_butSaid() {
        var r = new CampaignReconciliation("c1", 2, new QueueCounts(0, 0, 3, 0));

        assertEquals(0, r.lost());
        assertEquals(1, r.unexpected());
        assertEquals(
                "campaign c1: all 2 emails accounted for (3 sent, 0 failed, 0 still queued, 1 more than the API answered)",
                r.describe());
    }

    @Test
    void parse_readsTheFourCounts_andRefusesABodyWithoutThem() {
        assertEquals(
                new QueueCounts(1, 2, 3, 4),
                QueueCounts.parse("{\"campaignId\":\"c\",\"queued\":1,\"sending\":2,\"sent\":3,\"failed\":4,"
                        + "\"emailIds\":{},\"queueDepth\":9}"));
        assertEquals(
                "the queue status has no whole number 'failed'",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> QueueCounts.parse("{\"queued\":1,\"sending\":0,\"sent\":0}"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueueCounts.parse("not json"));
        assertThrows(
                IllegalArgumentException.class,
                () -> QueueCounts.parse("{\"queued\":-1,\"sending\":0,\"sent\":0,\"failed\":0}"));
    }
}
