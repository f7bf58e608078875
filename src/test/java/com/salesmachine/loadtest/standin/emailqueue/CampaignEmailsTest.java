package com.salesmachine.loadtest.standin.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CampaignEmailsTest {
    private final AtomicInteger nextId = new AtomicInteger();
    private final CampaignEmails emails = new CampaignEmails(() -> "e" + nextId.incrementAndGet());

    @Test
    void queue_recordsOneEmailPerProspect_andNeverTwiceForTheSameProspect() {
        assertEquals(List.of("e1", "e2"), emails.queue("c1", List.of("p1", "p2")));
        assertEquals(List.of("e3"), emails.queue("c1", List.of("p1", "p2", "p3")));
        assertEquals(List.of(), emails.queue("c1", List.of("p3")));
        assertEquals(List.of("e4"), emails.queue("c2", List.of("p1")), "another campaign may email the same prospect");

        assertEquals(3, emails.status("c1").queued());
    }

    @Test
    void status_listsTheIdsInEachState() {
        emails.queue("c1", List.of("p1", "p2", "p3", "p4"));
        emails.sending("e1");
        emails.sending("e2");
        emails.finished("e2", true);
        emails.finished("e3", false);

        QueueStatus status = emails.status("c1");

        assertEquals(1, status.queued());
        assertEquals(1, status.sending());
        assertEquals(1, status.sent());
        assertEquals(1, status.failed());
        assertEquals(
                List.of("queued", "sending", "sent", "failed"),
                List.copyOf(status.emailIds().keySet()));
        assertEquals(List.of("e4"), status.emailIds().get("queued"));
        assertEquals(List.of("e3"), status.emailIds().get("failed"));
    }

    @Test
    void forget_leavesTheEmailInNoState() {
        emails.queue("c1", List.of("p1", "p2"));

        emails.forget("e1");
        emails.finished("e1", true);

        QueueStatus status = emails.status("c1");
        assertEquals(1, status.queued() + status.sending() + status.sent() + status.failed());
    }

    @Test
    void status_ofACampaignThatNeverSent_isAllZero() {
        QueueStatus status = emails.status("never");

        assertEquals(0, status.queued() + status.sending() + status.sent() + status.failed());
        assertEquals(List.of(), status.emailIds().get("sent"));
    }
}
