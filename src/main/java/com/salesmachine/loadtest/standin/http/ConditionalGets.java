package com.salesmachine.loadtest.standin.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;

/**
 * After-handler that does what Express does by default: every {@code GET} answered {@code 200} with a
 * JSON body carries an {@code ETag} of that body, and one whose {@code If-None-Match} matches it is
 * answered {@code 304 Not Modified} without a body (the {@code ETag} kept). Paths under the exempt
 * prefixes (services of their own, such as the queue store) are left alone.
 */
public final class ConditionalGets implements Handler {
    public static final String ETAG = "ETag";
    public static final String IF_NONE_MATCH = "If-None-Match";

    private final List<String> exemptPrefixes;

    public ConditionalGets(List<String> exemptPrefixes) {
        this.exemptPrefixes =
                exemptPrefixes.stream().map(p -> p.endsWith("/") ? p : p + "/").toList();
    }

    @Override
    public void handle(Context ctx) throws IOException {
        if (!HandlerType.GET.equals(ctx.method()) || ctx.statusCode() != 200 || exempt(ctx.path())) {
            return;
        }
        String type = ctx.res().getContentType();
        InputStream result = ctx.resultInputStream();
        if (type == null || !type.startsWith(Json.CONTENT_TYPE) || result == null) {
            return;
        }
        byte[] body = result.readAllBytes();
        String tag = EntityTags.of(body);
        ctx.header(ETAG, tag);
        if (EntityTags.noneMatchHits(ifNoneMatch(ctx), tag)) {
            ctx.status(304).result(new byte[0]);
            ctx.res().setContentType(null);
        } else {
            ctx.result(body);
        }
    }

    private boolean exempt(String path) {
        return exemptPrefixes.stream().anyMatch(p -> (path + "/").startsWith(p));
    }

    /** Every {@code If-None-Match} line, joined as one list (RFC 9110, section 5.3). */
    private static String ifNoneMatch(Context ctx) {
        var lines = Collections.list(ctx.req().getHeaders(IF_NONE_MATCH));
        return lines.isEmpty() ? null : String.join(", ", lines);
    }
}
