package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.polling.Polling;
import com.salesmachine.loadtest.preflight.N8nTarget;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Set;

/** Calls of the N8N workflow: the LinkedIn scraper's webhook and the execution API. */
public final class N8nEndpoints {
    public static final String TRIGGER_SCRAPING = "Trigger LinkedIn scraping";
    public static final String POLL_WORKFLOW = "Poll workflow status";

    /** N8N's statuses of an execution that has ended without success. */
    static final Set<String> FAILED_STATUSES = Set.of("error", "crashed", "canceled");

    private final N8nTarget n8n;

    public N8nEndpoints(N8nTarget n8n) {
        this.n8n = n8n;
    }

    /** Sends the fed profile to the webhook as the signed-in user; keeps the execution id it answers with. */
    public HttpRequestActionBuilder trigger() {
        return http(TRIGGER_SCRAPING)
                .post(n8n.webhook().toString())
                .header("Authorization", AuthEndpoints.BEARER)
                .body(StringBody("#{" + SessionKeys.SCRAPE_BODY + "}"))
                .check(
                        status().is(200),
                        jsonPath("$.executionId").ofString().notNull().saveAs(SessionKeys.EXECUTION_ID));
    }

    /** Reads the execution's status and, once there, its start and stop times. */
    public HttpRequestActionBuilder execution() {
        HttpRequestActionBuilder request =
                http(POLL_WORKFLOW).get(n8n.executions() + "/#{" + SessionKeys.EXECUTION_ID + "}");
        if (n8n.apiKey().isPresent()) {
            String key = n8n.apiKey().get();
            request = request.header("X-N8N-API-KEY", session -> key);
        }
        return request.check(
                status().is(200),
                jsonPath("$.id").ofString().isEL("#{" + SessionKeys.EXECUTION_ID + "}"),
                jsonPath("$.finished").ofBoolean().exists(),
                jsonPath("$.status").ofString().saveAs(SessionKeys.EXECUTION_STATUS),
                jsonPath("$.createdAt").ofString().optional().saveAs(SessionKeys.EXECUTION_CREATED_AT),
                jsonPath("$.startedAt").ofString().optional().saveAs(SessionKeys.EXECUTION_STARTED_AT),
                jsonPath("$.stoppedAt").ofString().optional().saveAs(SessionKeys.EXECUTION_STOPPED_AT));
    }

    /** The session keys {@link #execution()} writes. */
    public static String[] executionKeys() {
        return new String[] {
            SessionKeys.EXECUTION_STATUS,
            SessionKeys.EXECUTION_CREATED_AT,
            SessionKeys.EXECUTION_STARTED_AT,
            SessionKeys.EXECUTION_STOPPED_AT
        };
    }

    /** How far the execution is, by its status: success is done; error, crashed, canceled failed; else pending. */
    public static Polling.Progress progress(Session session) {
        String status =
                session.contains(SessionKeys.EXECUTION_STATUS) ? session.getString(SessionKeys.EXECUTION_STATUS) : null;
        if (status == null) {
            return Polling.Progress.pending("no status read");
        }
        String detail = "status '" + status + "'";
        if (status.equals("success")) {
            return Polling.Progress.done(detail);
        }
        return FAILED_STATUSES.contains(status) ? Polling.Progress.failed(detail) : Polling.Progress.pending(detail);
    }
}
