package com.salesmachine.loadtest.standin.database;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A database-backed operation of the stand-in, named by the key used in {@code standin.latency},
 * with its default service time.
 *
 * <p>The defaults keep every endpoint's p95 well under 500 ms at 50 users with about a second of
 * think time, while still giving each endpoint its own realistic shape.
 */
public enum Operation {
    LOGIN("login", 60, 200),
    PROSPECTS_LIST("prospects.list", 45, 220),
    PROSPECTS_CREATE("prospects.create", 35, 180),
    PROSPECTS_GET("prospects.get", 15, 80),
    PROSPECTS_DELETE("prospects.delete", 15, 80),
    CAMPAIGNS_LIST("campaigns.list", 40, 200),
    CAMPAIGNS_CREATE("campaigns.create", 50, 250),
    CAMPAIGNS_GET("campaigns.get", 15, 80),
    CAMPAIGNS_DELETE("campaigns.delete", 15, 80),
    DASHBOARD("dashboard", 90, 350),
    CAMPAIGNS_ADD_PROSPECTS("campaigns.prospects", 30, 150),
    CAMPAIGNS_SEND("campaigns.send", 40, 200),
    CAMPAIGNS_QUEUE("campaigns.queue", 15, 80),
    // Not database calls, modelled the same way: one command to the email queue's Redis store, and
    // the sender's hand-off of a batch of emails to the mail provider.
    REDIS("redis", 2, 12),
    EMAIL_SEND("email.send", 40, 200),
    ENRICHMENT_TRIGGER("enrichment.trigger", 25, 120),
    ENRICHMENT_GET("enrichment.get", 10, 60);

    private final String key;
    private final LatencyProfile defaultProfile;

    Operation(String key, double medianMs, double p99Ms) {
        this.key = key;
        this.defaultProfile = new LatencyProfile(medianMs, p99Ms, 0);
    }

    public String key() {
        return key;
    }

    public LatencyProfile defaultProfile() {
        return defaultProfile;
    }

    public static Optional<Operation> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    /** Every key, comma-separated, for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Operation::key).collect(Collectors.joining(", "));
    }
}
