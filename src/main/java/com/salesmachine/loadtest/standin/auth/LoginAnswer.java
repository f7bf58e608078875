package com.salesmachine.loadtest.standin.auth;

import java.time.Duration;

/** The login answer of the contract: the token, its type and lifetime in seconds, and who logged in. */
public record LoginAnswer(String token, String tokenType, long expiresIn, Account user) {
    static LoginAnswer of(Session session, Duration ttl, Account account) {
        return new LoginAnswer(session.token(), "Bearer", Math.max(1, ttl.toSeconds()), account);
    }

    @Override
    public String toString() {
        return "LoginAnswer[token=***, user=" + user + "]";
    }
}
