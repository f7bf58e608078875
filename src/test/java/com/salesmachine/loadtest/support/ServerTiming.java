package com.salesmachine.loadtest.support;

import static io.gatling.javaapi.http.HttpDsl.header;

import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.CheckBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's {@code Server-Timing} header ({@code db;dur=12.3, pool;dur=0.4}): parsed, and recorded
 * as trends of the run ("Database time: Create prospect", "Connection wait: Create prospect").
 */
public final class ServerTiming {
    public static final String DATABASE_TIME = "Database time: ";
    public static final String CONNECTION_WAIT = "Connection wait: ";

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

    /** A check that records the response's database time and connection wait under the request's name. */
    public static CheckBuilder.Final record(RunMetrics metrics, String requestName) {
        return header("Server-Timing")
                .transform(value -> {
                    Map<String, Double> durations = parse(value);
                    Double db = durations.get("db");
                    Double pool = durations.get("pool");
                    if (db != null) {
                        metrics.trend(DATABASE_TIME + requestName, "ms").record(db);
                    }
                    if (pool != null) {
                        metrics.trend(CONNECTION_WAIT + requestName, "ms").record(pool);
                    }
                    return value;
                })
                .optional();
    }
}
