package com.salesmachine.loadtest.standin.auth;

import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** A wrapper for handlers that need a signed-in account: resolves the bearer token or answers 401. */
public final class SignedIn {
    private static final String BEARER = "Bearer ";

    private final Tokens tokens;

    public SignedIn(Tokens tokens) {
        this.tokens = tokens;
    }

    /** A handler given the caller's account id. */
    @FunctionalInterface
    public interface AccountHandler {
        void handle(Context ctx, String accountId);
    }

    public Handler then(AccountHandler handler) {
        return ctx -> handler.handle(ctx, accountOf(ctx));
    }

    private String accountOf(Context ctx) {
        String header = ctx.header(Headers.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw HttpFailure.unauthorized("Missing bearer token; log in first");
        }
        String token = header.substring(BEARER.length()).trim();
        return tokens.accountFor(token)
                .orElseThrow(() -> HttpFailure.unauthorized("Unknown or expired token; log in again"));
    }
}
