package com.salesmachine.loadtest.emailqueue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A campaign's emails by state, read from the API's queue status body
 * ({@code {"queued": 1, "sending": 0, "sent": 2, "failed": 0, ...}}).
 */
public record QueueCounts(int queued, int sending, int sent, int failed) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The counts in {@code body}; {@link IllegalArgumentException} naming what is missing or wrong. */
    public static QueueCounts parse(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the queue status is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the queue status is not a JSON object");
        }
        return new QueueCounts(
                count(json, "queued"), count(json, "sending"), count(json, "sent"), count(json, "failed"));
    }

    /** Every email the API accounts for, in any state. */
    public int accounted() {
        return queued + sending + sent + failed;
    }

    /** Emails not finished yet: still on the queue or being handed over. */
    public int stillQueued() {
        return queued + sending;
    }

    private static int count(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
            throw new IllegalArgumentException("the queue status has no whole number '" + field + "'");
        }
        return value.asInt();
    }
}
