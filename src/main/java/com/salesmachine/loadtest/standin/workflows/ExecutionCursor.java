package com.salesmachine.loadtest.standin.workflows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code nextCursor} of an execution listing, opaque to clients as a real N8N's is (base64 of
 * {@code {"lastId":"42","limit":100}}): the next page holds the executions older than {@code lastId}.
 */
final class ExecutionCursor {
    private static final Pattern LAST_ID = Pattern.compile("\\{\"lastId\":\"(\\d{1,18})\",\"limit\":\\d+}");

    private ExecutionCursor() {}

    static String encode(long lastId, int limit) {
        String json = "{\"lastId\":\"" + lastId + "\",\"limit\":" + limit + "}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code lastId} of a cursor this class wrote; empty for anything else. */
    static OptionalLong decode(String cursor) {
        try {
            String json = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            Matcher m = LAST_ID.matcher(json);
            return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
