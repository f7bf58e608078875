package com.salesmachine.loadtest.preflight;

/** The target failed a check made before any load is sent; the message is one line. */
public final class PreflightException extends RuntimeException {
    public PreflightException(String message) {
        super(message);
    }
}
