package com.salesmachine.loadtest.metrics;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.Session;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

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

    private static final String HEADER = "Server-Timing";

    private ServerTiming() {}

    /** Metric name to duration in ms; entries without a duration are left out; malformed entries are skipped. */
    public static Map<String, Double> parse(String header) {
        var durations = new LinkedHashMap<String, Double>();
        forEach(header, (text, from, to, millis) -> durations.put(text.substring(from, to), millis));
        return durations;
    }

    /**
     * What records the response's database time, connection wait, Redis and queue times under the
     * request's name: a response transform ({@code transformResponse}) rather than a check, so it runs
     * on every answer without a check's extraction and validation, and reads every {@code Server-Timing}
     * line the answer has (a server may split its entries over several).
     */
    public static BiFunction<Response, Session, Response> recorder(RunMetrics metrics, String requestName) {
        var recorder = new Recorder(metrics, requestName);
        return (response, session) -> {
            HttpHeaders headers = response.headers();
            if (headers.contains(HEADER)) {
                headers.getAll(HEADER).forEach(recorder::record);
            }
            return response;
        };
    }

    /** Records an answer's {@code Server-Timing} lines as the recorder does. */
    static void recordInto(RunMetrics metrics, String requestName, String... headerLines) {
        var recorder = new Recorder(metrics, requestName);
        for (String line : headerLines) {
            recorder.record(line);
        }
    }

    /** An entry with a duration: its name is {@code text} from {@code from} to {@code to}. */
    @FunctionalInterface
    interface Entry {
        void accept(String text, int from, int to, double millis);
    }

    /**
     * Hands each entry with a duration to {@code entry}, in order: a name of letters, digits, {@code _ . -},
     * and the number of its {@code dur} parameter (quoted or not; the parameter's name in any case). One
     * pass over the header that makes no string of it: it runs on every answer of a run.
     */
    static void forEach(String header, Entry entry) {
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

    private static void readEntry(String header, int from, int end, Entry entry) {
        int semicolon = header.indexOf(';', from);
        int nameEnd = semicolon < 0 || semicolon > end ? end : semicolon;
        int nameFrom = skipSpace(header, from, nameEnd);
        int nameTo = trimEnd(header, nameFrom, nameEnd);
        if (nameFrom == nameTo || !isName(header, nameFrom, nameTo)) {
            return;
        }
        int param = nameEnd;
        while (param < end) {
            int next = header.indexOf(';', param + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            int equals = header.indexOf('=', param + 1);
            if (equals > param && equals < next) {
                int keyFrom = skipSpace(header, param + 1, equals);
                int keyTo = trimEnd(header, keyFrom, equals);
                if (keyTo - keyFrom == 3 && header.regionMatches(true, keyFrom, "dur", 0, 3)) {
                    int valueFrom = skipSpace(header, equals + 1, next);
                    double duration = number(header, valueFrom, trimEnd(header, valueFrom, next));
                    if (!Double.isNaN(duration)) {
                        entry.accept(header, nameFrom, nameTo, duration);
                    }
                    return;
                }
            }
            param = next;
        }
    }

    private static int skipSpace(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean isName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Powers of ten a fraction of up to 15 digits divides by exactly (so the quotient is the nearest double). */
    private static final double[] TENS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    /** A duration's digits in {@code [from, to)}, with an optional fraction, quoted or not; NaN for anything else. */
    private static double number(String text, int from, int to) {
        if (to - from >= 2 && text.charAt(from) == '"' && text.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        long digits = 0;
        int count = 0;
        int dot = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0 && i > from) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return Double.NaN;
            } else {
                digits = digits * 10 + (c - '0');
                count++;
            }
        }
        if (from == to || dot == to - 1) {
            return Double.NaN;
        }
        int fraction = dot < 0 ? 0 : to - dot - 1;
        if (count > 15) {
            return Double.parseDouble(text.substring(from, to));
        }
        return digits / TENS[fraction];
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
            forEach(header, this::entry);
        }

        private void entry(String text, int from, int to, double millis) {
            int length = to - from;
            if (is(text, from, length, "db")) {
                trend(0).record(millis);
            } else if (is(text, from, length, "pool")) {
                trend(1).record(millis);
            } else if (is(text, from, length, "redis")) {
                trend(2).record(millis);
                trend(3).record(millis);
            } else if (is(text, from, length, "queue")) {
                trend(4).record(millis);
                trend(5).record(millis);
            }
        }

        private static boolean is(String text, int from, int length, String name) {
            return length == name.length() && text.regionMatches(from, name, 0, length);
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
