package com.salesmachine.loadtest.metrics;

import static io.gatling.javaapi.http.HttpDsl.header;

import io.gatling.javaapi.core.CheckBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern ENTRY = Pattern.compile("\\s*([A-Za-z0-9_.-]+)\\s*((?:;[^,]*)?)");
    private static final Pattern DURATION = Pattern.compile(";\\s*dur\\s*=\\s*\"?([0-9]+(?:\\.[0-9]+)?)\"?");

    private ServerTiming() {}

    /** Metric name to duration in ms; entries without a duration are left out; malformed entries are skipped. */
    public static Map<String, Double> parse(String header) {
        var durations = new LinkedHashMap<String, Double>();
        if (header == null) {
            return durations;
        }
        for (String entry : header.split(",")) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                continue;
            }
            Matcher dur = DURATION.matcher(m.group(2));
            if (dur.find()) {
                durations.put(m.group(1), Double.parseDouble(dur.group(1)));
            }
        }
        return durations;
    }

    /** A check that records the response's database time, connection wait, Redis and queue times under the request's name. */
    public static CheckBuilder.Final record(RunMetrics metrics, String requestName) {
        return header("Server-Timing")
                .transform(value -> {
                    recordInto(metrics, requestName, value);
                    return value;
                })
                .optional();
    }

    /** Records one header's entries as the check does. */
    static void recordInto(RunMetrics metrics, String requestName, String header) {
        Map<String, Double> durations = parse(header);
        record(metrics, durations.get("db"), DATABASE_TIME + requestName);
        record(metrics, durations.get("pool"), CONNECTION_WAIT + requestName);
        record(metrics, durations.get("redis"), REDIS_TIME + requestName, REDIS_OPERATION_DURATION);
        record(metrics, durations.get("queue"), QUEUE_TIME + requestName, QUEUE_OPERATION_DURATION);
    }

    private static void record(RunMetrics metrics, Double millis, String... trends) {
        if (millis != null) {
            for (String trend : trends) {
                metrics.trend(trend, "ms").record(millis);
            }
        }
    }
}
