package com.salesmachine.loadtest.standin.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.standin.http.ErrorResponses;
import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Upstash-compatible REST subset of the queue's store, in the command-in-path form Upstash
 * documents: {@code GET /upstash/lpush/key/value} runs {@code LPUSH key value}; a POST body is
 * appended as the last argument. Answers {@code {"result": ...}}, or {@code {"error": "..."}}
 * with 400 for a command Redis refuses and 401 without the right bearer token (or {@code _token}).
 */
public final class UpstashHandler {
    /** Where the REST subset answers on the stand-in; the base of {@code UPSTASH_REDIS_REST_URL}. */
    public static final String PATH = "/upstash";

    private static final String BEARER = "Bearer ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisCommands commands;
    private final RedisLatency latency;
    private final byte[] token;

    public UpstashHandler(RedisCommands commands, RedisLatency latency, String token) {
        this.commands = commands;
        this.latency = latency;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    public void command(Context ctx) {
        if (!authorized(ctx)) {
            write(ctx, 401, Map.of("error", "Unauthorized"));
            return;
        }
        List<String> command = commandOf(ctx);
        ctx.future(() -> latency.call(() -> commands.execute(command)).thenAccept(reply -> {
            if (reply.failure() instanceof RedisError refused) {
                write(ctx, 400, Map.of("error", refused.getMessage()));
                return;
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("result", reply.valueOrThrow());
            write(ctx, 200, body);
        }));
    }

    private boolean authorized(Context ctx) {
        String header = ctx.header(Headers.AUTHORIZATION);
        String given = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : ctx.queryParam("_token");
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** The path segments after {@link #PATH}, each percent-decoded, then the POST/PUT body if any. */
    private static List<String> commandOf(Context ctx) {
        String raw = ctx.req().getRequestURI().substring(PATH.length());
        var command = new ArrayList<String>();
        for (String segment : raw.split("/")) {
            if (!segment.isEmpty()) {
                command.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > 0) {
            command.add(new String(body, StandardCharsets.UTF_8));
        }
        return command;
    }

    /** Written here, not with the API's mapper, because {@code "result": null} must stay in the body. */
    private static void write(Context ctx, int status, Map<String, Object> body) {
        ErrorResponses.keepBody(ctx);
        try {
            ctx.status(status).contentType(Json.CONTENT_TYPE).result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Redis reply as JSON", e);
        }
    }
}
