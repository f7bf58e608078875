package com.salesmachine.loadtest.standin.auth;

import java.util.Optional;

/** The login rule: right credentials get a fresh bearer token. */
public final class LoginService {
    private final Accounts accounts;
    private final Tokens tokens;

    public LoginService(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The login answer, or empty when the email is unknown or the password wrong. */
    public Optional<LoginAnswer> login(Credentials credentials) {
        return accounts.authenticate(credentials.email(), credentials.password())
                .map(account -> LoginAnswer.of(tokens.issue(account.id()), tokens.ttl(), account));
    }
}
