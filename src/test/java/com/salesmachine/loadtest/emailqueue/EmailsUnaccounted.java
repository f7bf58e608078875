package com.salesmachine.loadtest.emailqueue;

/**
 * Thrown from an email-queue check when emails the API answered as queued are not accounted for;
 * Gatling reports the check as failed with this message ("c.s.l.s.EmailsUnaccounted: campaign c1:
 * 1 of 3 emails lost ..."), so the request's KO says what was lost where.
 */
public final class EmailsUnaccounted extends RuntimeException {
    public EmailsUnaccounted(String message) {
        super(message, null, false, false);
    }
}
