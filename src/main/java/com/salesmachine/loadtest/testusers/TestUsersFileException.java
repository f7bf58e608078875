package com.salesmachine.loadtest.testusers;

/** A test-users file that is missing or cannot be used; the message is one line. */
public final class TestUsersFileException extends RuntimeException {
    public TestUsersFileException(String message) {
        super(message);
    }
}
