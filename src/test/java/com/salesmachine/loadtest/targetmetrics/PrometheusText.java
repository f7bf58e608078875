package com.salesmachine.loadtest.targetmetrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tolerant reader of the Prometheus text exposition format (0.0.4, and the OpenMetrics text that
 * most servers also accept): comments and {@code # HELP}/{@code # TYPE} lines are skipped, labels
 * may be quoted with escapes, values may be {@code NaN}, {@code +Inf} or {@code -Inf}, a trailing
 * timestamp is ignored, and a line it cannot read is counted, never fatal.
 */
public final class PrometheusText {
    /** One sample: a metric name, its labels, its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
        public Sample {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }
    }

    /** What a body held: its samples, and how many lines could not be read. */
    public record Parsed(List<Sample> samples, int badLines) {
        public Parsed {
            samples = List.copyOf(samples);
        }

        /** The sum of every sample named {@code name} whose labels include {@code label=value} (any, when label is null); null when none. */
        public Double sum(String name, String label, String value) {
            double total = 0;
            boolean found = false;
            for (Sample s : samples) {
                if (s.name().equals(name)
                        && (label == null || value.equals(s.labels().get(label)))) {
                    total += s.value();
                    found = true;
                }
            }
            return found ? total : null;
        }

        public Double sum(String name) {
            return sum(name, null, null);
        }
    }

    private PrometheusText() {}

    public static Parsed parse(String body) {
        var samples = new ArrayList<Sample>();
        int bad = 0;
        for (String raw : body.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Sample sample = line(line);
            if (sample == null) {
                bad++;
            } else {
                samples.add(sample);
            }
        }
        return new Parsed(samples, bad);
    }

    /** One sample line, or null when it is not one. */
    static Sample line(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && isNameChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        String name = line.substring(0, i);
        var labels = new LinkedHashMap<String, String>();
        if (i < n && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
            if (i < 0) {
                return null;
            }
        }
        String[] rest = line.substring(i).strip().split("\\s+");
        if (rest.length < 1 || rest.length > 2 || rest[0].isEmpty()) {
            return null;
        }
        Double value = value(rest[0]);
        return value == null ? null : new Sample(name, labels, value);
    }

    /** Reads {@code a="x",b="y"}} from {@code i}; returns the index after the closing brace, or -1. */
    private static int labels(String line, int i, Map<String, String> labels) {
        int n = line.length();
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == ',')) {
                i++;
            }
            if (i < n && line.charAt(i) == '}') {
                return i + 1;
            }
            int start = i;
            while (i < n && isNameChar(line.charAt(i), i == start)) {
                i++;
            }
            if (i == start || i >= n || line.charAt(i) != '=' || i + 1 >= n || line.charAt(i + 1) != '"') {
                return -1;
            }
            String key = line.substring(start, i);
            i += 2;
            var value = new StringBuilder();
            while (i < n && line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char next = line.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
                i++;
            }
            if (i >= n) {
                return -1;
            }
            labels.put(key, value.toString());
            i++;
        }
    }

    private static boolean isNameChar(char c, boolean first) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || c == '_'
                || c == ':'
                || (!first && c >= '0' && c <= '9');
    }

    private static Double value(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf", "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}
