package com.salesmachine.loadtest.standin.database;

import com.salesmachine.loadtest.settings.SettingException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exact delays added to named endpoints' answers ({@code standin.fixedLatency}): each answer waits
 * that long after its database call, on the scheduler, with its connection already back in the
 * pool, so the delay is the same on every request and not a draw of the service-time model.
 */
public record FixedLatency(Map<Operation, Duration> delays) {
    public static final String SETTING = "standin.fixedLatency";
    public static final long MAX_MS = 60_000;
    public static final FixedLatency NONE = new FixedLatency(Map.of());

    public FixedLatency {
        var copy = new EnumMap<Operation, Duration>(Operation.class);
        copy.putAll(delays);
        copy.forEach((operation, delay) -> {
            if (delay.isNegative() || delay.toMillis() > MAX_MS) {
                throw new IllegalArgumentException(
                        operation.key() + ": " + delay.toMillis() + " ms is not 0 to " + MAX_MS + " ms");
            }
        });
        delays = Collections.unmodifiableMap(copy);
    }

    /** The delay added to {@code operation}'s answers; zero when it has none. */
    public Duration of(Operation operation) {
        return delays.getOrDefault(operation, Duration.ZERO);
    }

    /**
     * Reads the setting's value, {@code dashboard:100,login:20}: comma-separated {@code key:MS} entries,
     * a key being one of {@code endpoints}, applied in order; blank or {@code none} for none.
     */
    public static FixedLatency parse(String text, Set<Operation> endpoints) {
        var delays = new EnumMap<Operation, Duration>(Operation.class);
        for (String raw : text.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty() || entry.equalsIgnoreCase("none")) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw bad(entry, "is not key:MS", endpoints);
            }
            String key = entry.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            Operation operation = endpoints.stream()
                    .filter(o -> o.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> bad(entry, "has unknown endpoint '" + key + "'", endpoints));
            String ms = entry.substring(colon + 1).trim();
            if (!ms.matches("\\d{1,9}") || Long.parseLong(ms) > MAX_MS) {
                throw bad(entry, "has '" + ms + "', not a whole number of milliseconds from 0 to " + MAX_MS, endpoints);
            }
            delays.put(operation, Duration.ofMillis(Long.parseLong(ms)));
        }
        return new FixedLatency(delays);
    }

    /** Like the setting: {@code dashboard:100,login:20}, or {@code none}. */
    @Override
    public String toString() {
        String entries = delays.entrySet().stream()
                .filter(e -> !e.getValue().isZero())
                .map(e -> e.getKey().key() + ":" + e.getValue().toMillis())
                .collect(Collectors.joining(","));
        return entries.isEmpty() ? "none" : entries;
    }

    private static SettingException bad(String entry, String problem, Set<Operation> endpoints) {
        return new SettingException(
                SETTING,
                "'" + entry + "' " + problem + "; use comma-separated key:MS, MS from 0 to " + MAX_MS
                        + " (e.g. dashboard:100,login:20), with keys "
                        + endpoints.stream().map(Operation::key).collect(Collectors.joining(", ")));
    }
}
