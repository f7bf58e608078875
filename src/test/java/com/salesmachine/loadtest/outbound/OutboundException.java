package com.salesmachine.loadtest.outbound;

/**
 * A call outside the load did not get an answer, or got one it cannot use; the message is one line
 * that names the setting, the method and the URL (credentials masked) and what went wrong.
 */
public class OutboundException extends RuntimeException {
    public OutboundException(String message) {
        super(message);
    }
}
