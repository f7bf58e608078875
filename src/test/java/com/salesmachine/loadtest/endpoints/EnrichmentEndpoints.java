package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.config.EnrichmentSettings;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import com.salesmachine.loadtest.polling.Polling;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the AI enrichment of a prospect: trigger it, poll its status, read its data. */
public final class EnrichmentEndpoints {
    public static final String TRIGGER_ENRICHMENT = "Trigger enrichment";
    public static final String POLL_ENRICHMENT = "Poll enrichment status";
    public static final String GET_ENRICHMENT = "Get enrichment";

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    private final String path;
    private final RunMetrics metrics;

    public EnrichmentEndpoints(EnrichmentSettings settings, RunMetrics metrics) {
        this.path = settings.pathFor(SessionKeys.PROSPECT_ID);
        this.metrics = metrics;
    }

    /**
     * Asks to enrich the prospect created last. 202 keeps the enrichment id; 429 (the AI budget is
     * spent) is an answer too, for the rate-limit pattern to handle.
     */
    public HttpRequestActionBuilder trigger() {
        return http(TRIGGER_ENRICHMENT)
                .post(path)
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, TRIGGER_ENRICHMENT))
                .check(status().in(202, 429))
                .checkIf((response, session) -> response.status().code() == 202)
                .then(
                        jsonPath("$.prospectId").isEL("#{" + SessionKeys.PROSPECT_ID + "}"),
                        jsonPath("$.enrichmentId").ofString().notNull().saveAs(SessionKeys.ENRICHMENT_ID));
    }

    /** Reads the enrichment's status. */
    public HttpRequestActionBuilder poll() {
        return http(POLL_ENRICHMENT)
                .get(path)
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, POLL_ENRICHMENT))
                .check(
                        status().is(200),
                        jsonPath("$.enrichmentId").isEL("#{" + SessionKeys.ENRICHMENT_ID + "}"),
                        jsonPath("$.status").ofString().saveAs(SessionKeys.ENRICHMENT_STATUS));
    }

    /** Reads the completed enrichment and holds its data to the contract: every field there and filled in. */
    public HttpRequestActionBuilder get() {
        return http(GET_ENRICHMENT)
                .get(path)
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, GET_ENRICHMENT))
                .check(
                        status().is(200),
                        jsonPath("$.enrichmentId").isEL("#{" + SessionKeys.ENRICHMENT_ID + "}"),
                        jsonPath("$.status").is(COMPLETED),
                        jsonPath("$.data.companySize").ofString().not(""),
                        jsonPath("$.data.industry").ofString().not(""),
                        jsonPath("$.data.seniority").ofString().not(""),
                        jsonPath("$.data.summary").ofString().not(""));
    }

    /** The session keys {@link #poll()} writes. */
    public static String[] statusKeys() {
        return new String[] {SessionKeys.ENRICHMENT_STATUS};
    }

    /** How far the enrichment is: completed is done, failed failed, anything else pending. */
    public static Polling.Progress progress(Session session) {
        String status = session.contains(SessionKeys.ENRICHMENT_STATUS)
                ? session.getString(SessionKeys.ENRICHMENT_STATUS)
                : null;
        if (status == null) {
            return Polling.Progress.pending("no status read");
        }
        String detail = "status '" + status + "'";
        return switch (status) {
            case COMPLETED -> Polling.Progress.done(detail);
            case FAILED -> Polling.Progress.failed(detail);
            default -> Polling.Progress.pending(detail);
        };
    }
}
