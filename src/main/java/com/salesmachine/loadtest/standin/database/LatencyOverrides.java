package com.salesmachine.loadtest.standin.database;

import com.salesmachine.loadtest.settings.SettingException;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser of the {@code standin.latency} setting: comma-separated {@code key=MEDIAN/P99} or
 * {@code key=+EXTRA} entries in milliseconds, applied in order over the current profiles.
 */
public final class LatencyOverrides {
    public static final String SETTING = "standin.latency";

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern DISTRIBUTION = Pattern.compile(NUMBER + "/" + NUMBER);
    private static final Pattern EXTRA = Pattern.compile("\\+" + NUMBER);

    private LatencyOverrides() {}

    /** The profiles after applying {@code spec}; throws a {@link SettingException} on any bad entry. */
    public static Map<Operation, LatencyProfile> apply(String spec, Map<Operation, LatencyProfile> profiles) {
        var result = new EnumMap<Operation, LatencyProfile>(Operation.class);
        result.putAll(profiles);
        for (String raw : spec.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw bad(entry, "is not key=MEDIAN/P99 or key=+EXTRA");
            }
            String key = entry.substring(0, eq).trim();
            Operation operation = Operation.byKey(key).orElseThrow(() -> bad(entry, "has unknown key '" + key + "'"));
            result.put(operation, parseValue(entry, entry.substring(eq + 1).trim(), result.get(operation)));
        }
        return result;
    }

    private static LatencyProfile parseValue(String entry, String value, LatencyProfile current) {
        Matcher extra = EXTRA.matcher(value);
        if (extra.matches()) {
            return current.withExtra(Double.parseDouble(extra.group(1)));
        }
        Matcher distribution = DISTRIBUTION.matcher(value);
        if (!distribution.matches()) {
            throw bad(entry, "is not key=MEDIAN/P99 or key=+EXTRA");
        }
        double median = Double.parseDouble(distribution.group(1));
        double p99 = Double.parseDouble(distribution.group(2));
        if (p99 < median) {
            throw bad(entry, "has a P99 below its MEDIAN");
        }
        return current.withDistribution(median, p99);
    }

    private static SettingException bad(String entry, String problem) {
        return new SettingException(
                SETTING,
                "'" + entry + "' " + problem
                        + "; use comma-separated key=MEDIAN/P99 or key=+EXTRA in milliseconds"
                        + " (e.g. dashboard=700/1200,prospects.list=+200)"
                        + " with keys " + Operation.keys());
    }
}
