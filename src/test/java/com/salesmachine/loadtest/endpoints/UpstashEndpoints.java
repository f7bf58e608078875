package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.emailqueue.EmailQueueReport;
import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Commands sent straight to the email queue's Redis store through Upstash's REST interface
 * (command in the path, bearer token set on the probe's own protocol), on the probe's key only.
 * Each records its round trip as "Redis probe: LPUSH" and in "Redis operation duration (direct probe)".
 */
public final class UpstashEndpoints {
    public static final String LPUSH = "Redis LPUSH";
    public static final String LLEN = "Redis LLEN";
    public static final String LRANGE = "Redis LRANGE";
    public static final String RPOP = "Redis RPOP";
    public static final String DEL = "Redis DEL";
    public static final String EXISTS = "Redis EXISTS";

    public static final String PROBE_TIME = "Redis probe: ";
    public static final String REDIS_OPERATION_DURATION = EmailQueueReport.DIRECT_PROBE_DURATION;

    private static final String KEY = "/#{" + SessionKeys.PROBE_KEY + "}";

    private final RunMetrics metrics;

    public UpstashEndpoints(RunMetrics metrics) {
        this.metrics = metrics;
    }

    /** Pushes the probe's value; the POST body is the command's last argument, as Upstash documents. */
    public HttpRequestActionBuilder lpush() {
        return http(LPUSH)
                .post("/lpush" + KEY)
                .body(StringBody("#{" + SessionKeys.PROBE_VALUE + "}"))
                .check(
                        roundTrip("LPUSH"),
                        status().is(200),
                        jsonPath("$.result").ofInt().gte(1));
    }

    public HttpRequestActionBuilder llen() {
        return http(LLEN)
                .get("/llen" + KEY)
                .check(
                        roundTrip("LLEN"),
                        status().is(200),
                        jsonPath("$.result").ofInt().gte(0));
    }

    public HttpRequestActionBuilder lrange() {
        return http(LRANGE)
                .get("/lrange" + KEY + "/0/-1")
                .check(
                        roundTrip("LRANGE"),
                        status().is(200),
                        jsonPath("$.result[0]").isEL("#{" + SessionKeys.PROBE_VALUE + "}"));
    }

    /** Takes the probe's value back, leaving its list empty. */
    public HttpRequestActionBuilder rpop() {
        return http(RPOP)
                .get("/rpop" + KEY)
                .check(
                        roundTrip("RPOP"),
                        status().is(200),
                        jsonPath("$.result").isEL("#{" + SessionKeys.PROBE_VALUE + "}"));
    }

    public HttpRequestActionBuilder del() {
        return http(DEL)
                .get("/del" + KEY)
                .check(status().is(200), jsonPath("$.result").ofInt().gte(0));
    }

    /** The probe's key must be gone. */
    public HttpRequestActionBuilder exists() {
        return http(EXISTS)
                .get("/exists" + KEY)
                .check(status().is(200), jsonPath("$.result").ofInt().is(0));
    }

    private CheckBuilder.Final roundTrip(String command) {
        return responseTimeInMillis().transform(millis -> {
            metrics.trend(PROBE_TIME + command, "ms").record(millis);
            metrics.trend(REDIS_OPERATION_DURATION, "ms").record(millis);
            return millis;
        });
    }
}
