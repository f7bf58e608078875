package com.salesmachine.loadtest.results;

/**
 * A summary, baseline or results folder that cannot be used; the message is one line naming the
 * file and what is wrong with it.
 */
public final class UnusableInputException extends RuntimeException {
    public UnusableInputException(String message) {
        super(message);
    }
}
