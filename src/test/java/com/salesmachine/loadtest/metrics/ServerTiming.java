package com.salesmachine.loadtest.metrics;

import static io.gatling.javaapi.http.HttpDsl.header;

import io.gatling.javaapi.core.CheckBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;

/**
 * The API's {@code Server-Timing} header ({@code db;dur=12.3, pool;dur=0.4}): parsed, and recorded
 * as trends of the run ("Database time: Create prospect", "Connection wait: Create prospect").
 * Queue operations also report {@code redis;dur} and {@code queue;dur}, recorded per request and
 * over every request ("Redis operation duration (Server-Timing)").
 */
public final class ServerTiming {
    public static final String DATABASE_TIME = "Database time: ";
    public static final String CONNECTION_WAIT = "Connection wait: ";
    public static final String REDIS_TIME = "Redis time: ";
    public static final String QUEUE_TIME = "Queue time: ";
    public static final String REDIS_OPERATION_DURATION = "Redis operation duration (Server-Timing)";
    public static final String QUEUE_OPERATION_DURATION = "Queue operation duration (Server-Timing)";

    private ServerTiming() {}

    /** Metric name to duration in ms; entries without a duration are left out; malformed entries are skipped. */
    public static Map<String, Double> parse(String header) {
        var durations = new LinkedHashMap<String, Double>();
        forEach(header, durations::put);
        return durations;
    }

    /** A check that records the response's database time, connection wait, Redis and queue times under the request's name. */
    public static CheckBuilder.Final record(RunMetrics metrics, String requestName) {
        var recorder = new Recorder(metrics, requestName);
        return header("Server-Timing")
                .transform(value -> {
                    recorder.record(value);
                    return value;
                })
                .optional();
    }

    /** Records one header's entries as the check does. */
    static void recordInto(RunMetrics metrics, String requestName, String header) {
        new Recorder(metrics, requestName).record(header);
    }

    /**
     * Hands each entry with a duration to {@code entry}, in order: a name of letters, digits, {@code _ . -},
     * and the number of its {@code dur} parameter (quoted or not). One pass over the header, no regular
     * expression: it runs on every answer of a run.
     */
    static void forEach(String header, ObjDoubleConsumer<String> entry) {
        if (header == null) {
            return;
        }
        int length = header.length();
        int from = 0;
        while (from <= length) {
            int end = header.indexOf(',', from);
            if (end < 0) {
                end = length;
            }
            readEntry(header, from, end, entry);
            from = end + 1;
        }
    }

    private static void readEntry(String header, int from, int end, ObjDoubleConsumer<String> entry) {
        int semicolon = header.indexOf(';', from);
        int nameEnd = semicolon < 0 || semicolon > end ? end : semicolon;
        String name = header.substring(from, nameEnd).trim();
        if (name.isEmpty() || !isName(name)) {
            return;
        }
        int param = nameEnd;
        while (param < end) {
            int next = header.indexOf(';', param + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            int equals = header.indexOf('=', param + 1);
            if (equals > param
                    && equals < next
                    && header.substring(param + 1, equals).trim().equals("dur")) {
                double duration = number(header.substring(equals + 1, next).trim());
                if (!Double.isNaN(duration)) {
                    entry.accept(name, duration);
                }
                return;
            }
            param = next;
        }
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A duration's digits, with an optional fraction, quoted or not; NaN for anything else. */
    private static double number(String text) {
        if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
            text = text.substring(1, text.length() - 1);
        }
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            }
        }
        if (text.isEmpty() || dot == text.length() - 1) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    /** One request's trends, looked up once each (on first use, so a trend never recorded is never listed). */
    private static final class Recorder {
        private final RunMetrics metrics;
        private final String[] names;
        private final Trend[] trends = new Trend[6];

        Recorder(RunMetrics metrics, String requestName) {
            this.metrics = metrics;
            this.names = new String[] {
                DATABASE_TIME + requestName,
                CONNECTION_WAIT + requestName,
                REDIS_TIME + requestName,
                REDIS_OPERATION_DURATION,
                QUEUE_TIME + requestName,
                QUEUE_OPERATION_DURATION
            };
        }

        void record(String header) {
            forEach(header, (name, millis) -> {
                switch (name) {
                    case "db" -> trend(0).record(millis);
                    case "pool" -> trend(1).record(millis);
                    case "redis" -> {
                        trend(2).record(millis);
                        trend(3).record(millis);
                    }
                    case "queue" -> {
                        trend(4).record(millis);
                        trend(5).record(millis);
                    }
                    default -> {}
                }
            });
        }

        private Trend trend(int i) {
            Trend trend = trends[i];
            if (trend == null) {
                trend = metrics.trend(names[i], "ms");
                trends[i] = trend;
            }
            return trend;
        }
    }
}
