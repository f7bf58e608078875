package com.salesmachine.loadtest.standin.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After-handler that writes each {@code Server-Timing} entry on a header line of its own
 * ({@code Server-Timing: db;dur=12.3} then {@code Server-Timing: pool;dur=0.4}), as servers do whose
 * middleware adds one line per metric: the same field as one comma-separated line (RFC 9110, 5.3).
 */
public final class SplitServerTiming implements Handler {
    @Override
    public void handle(Context ctx) {
        HttpServletResponse response = ctx.res();
        String timing = response.getHeader(Headers.SERVER_TIMING);
        if (timing == null || timing.indexOf(',') < 0) {
            return;
        }
        response.setHeader(Headers.SERVER_TIMING, null);
        for (String entry : timing.split(",")) {
            if (!entry.isBlank()) {
                response.addHeader(Headers.SERVER_TIMING, entry.strip());
            }
        }
    }
}
