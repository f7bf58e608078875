package com.salesmachine.loadtest.standin.emailqueue;

import java.util.List;
import java.util.Map;

/**
 * A campaign's emails by state, as {@code GET /campaigns/{id}/queue} answers: the counts, the ids
 * in each state (keyed by the state's wire name), and how many emails wait in the whole queue.
 */
public record QueueStatus(
        String campaignId,
        int queued,
        int sending,
        int sent,
        int failed,
        Map<String, List<String>> emailIds,
        long queueDepth) {

    /** The same status with the queue depth measured in Redis. */
    public QueueStatus withQueueDepth(long depth) {
        return new QueueStatus(campaignId, queued, sending, sent, failed, emailIds, depth);
    }
}
