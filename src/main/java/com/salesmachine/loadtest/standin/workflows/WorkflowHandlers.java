package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.standin.http.ApiError;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The stand-in N8N over HTTP: the LinkedIn scraper's webhook (answers at once with the execution
 * id, as a workflow with a respond-to-webhook node does) and the public API's execution status.
 * Rules live in {@link WorkflowEngine}.
 */
public final class WorkflowHandlers {
    /** The webhook route; the stand-in accepts any unique id, as if every one were registered. */
    public static final String WEBHOOK_ROUTE = "/webhook/linkedin-scraper/{uniqueId}";
    /** The webhook the suite calls on the embedded stand-in when {@code N8N_WEBHOOK_URL} is not set. */
    public static final String DEFAULT_WEBHOOK_PATH = "/webhook/linkedin-scraper/sales-machine-loadtest";

    public static final String EXECUTIONS_PATH = "/api/v1/executions";
    public static final String EXECUTION_ROUTE = EXECUTIONS_PATH + "/{id}";
    public static final String API_KEY_HEADER = "X-N8N-API-KEY";

    private final WorkflowEngine engine;
    private final Optional<byte[]> apiKey;

    public WorkflowHandlers(WorkflowEngine engine, Optional<String> apiKey) {
        this.engine = engine;
        this.apiKey = apiKey.map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    public void trigger(Context ctx, String owner) {
        ScrapeRequest request = ScrapeRequest.from(Json.readObject(ctx));
        Execution execution;
        try {
            execution = engine.trigger(owner, request);
        } catch (WorkflowQueueFullException e) {
            throw new HttpFailure(503, new ApiError("workflow_queue_full", e.getMessage()), Map.of());
        }
        Json.write(ctx, 200, Map.of("executionId", execution.id()));
    }

    public void execution(Context ctx) {
        if (apiKey.isPresent()) {
            String given = ctx.header(API_KEY_HEADER);
            if (given == null || !MessageDigest.isEqual(apiKey.get(), given.getBytes(StandardCharsets.UTF_8))) {
                throw new HttpFailure(
                        401, new ApiError("unauthorized", "Missing or wrong " + API_KEY_HEADER + " header"), Map.of());
            }
        }
        String id = ctx.pathParam("id");
        Json.write(ctx, 200, engine.find(id).orElseThrow(() -> HttpFailure.notFound("Execution " + id)));
    }
}
