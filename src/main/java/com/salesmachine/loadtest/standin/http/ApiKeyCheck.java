package com.salesmachine.loadtest.standin.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Before-handler that demands the configured {@code X-API-Key} on every request except
 * {@code GET /health}, {@code GET /metrics} and paths under {@code exemptPrefix} (a service of its own with its own token).
 */
public final class ApiKeyCheck implements Handler {
    private final byte[] expected;
    private final String exemptPrefix;

    public ApiKeyCheck(String apiKey) {
        this(apiKey, null);
    }

    public ApiKeyCheck(String apiKey, String exemptPrefix) {
        this.expected = apiKey.getBytes(StandardCharsets.UTF_8);
        this.exemptPrefix = exemptPrefix == null ? null : exemptPrefix + "/";
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.method() == HandlerType.GET
                && (ctx.path().equals("/health") || ctx.path().equals("/metrics"))) {
            return;
        }
        if (exemptPrefix != null && ctx.path().startsWith(exemptPrefix)) {
            return;
        }
        String given = ctx.header(Headers.API_KEY);
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw HttpFailure.invalidApiKey();
        }
    }
}
