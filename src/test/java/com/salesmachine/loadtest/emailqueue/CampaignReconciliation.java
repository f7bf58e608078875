package com.salesmachine.loadtest.emailqueue;

/**
 * One campaign's reconciliation: the emails the API said it queued ({@code expected}, the suite's
 * own count) against what the API accounts for now. An email in no state is lost; one still
 * queued or sending is not lost, only unfinished.
 */
public record CampaignReconciliation(String campaignId, int expected, QueueCounts found) {

    /** Emails the API answered as queued but now accounts for in no state. */
    public int lost() {
        return Math.max(0, expected - found.accounted());
    }

    public int stillQueued() {
        return found.stillQueued();
    }

    /** Emails beyond the count the API answered (e.g. queued by a send whose answer was lost). */
    public int unexpected() {
        return Math.max(0, found.accounted() - expected);
    }

    /** {@code campaign c1: 2 of 5 emails lost (3 sent, 0 failed, 0 still queued)}. */
    public String describe() {
        String states = found.sent() + " sent, " + found.failed() + " failed, " + stillQueued() + " still queued";
        String extra = unexpected() > 0 ? ", " + unexpected() + " more than the API answered" : "";
        if (lost() > 0) {
            return "campaign " + campaignId + ": " + lost() + " of " + expected + " emails lost (" + states + extra
                    + ")";
        }
        return "campaign " + campaignId + ": all " + expected + " emails accounted for (" + states + extra + ")";
    }
}
