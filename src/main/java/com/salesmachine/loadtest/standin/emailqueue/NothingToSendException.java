package com.salesmachine.loadtest.standin.emailqueue;

/** A send that would queue no email: the campaign has no prospects, or every one already has an email. */
public final class NothingToSendException extends RuntimeException {
    public NothingToSendException(String message) {
        super(message, null, false, false);
    }
}
