package com.salesmachine.loadtest.standin.auth;

import java.time.Instant;

/** A bearer token handed out at login, whose account it stands for and when it stops working. */
public record Session(String token, String accountId, Instant expiresAt) {
    @Override
    public String toString() {
        return "Session[token=***, accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
