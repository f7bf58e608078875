package com.salesmachine.loadtest.standin.workflows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesmachine.loadtest.standin.http.ApiError;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The stand-in N8N over HTTP: the LinkedIn scraper's webhook (answers with the execution id, as a
 * workflow with a respond-to-webhook node does) and the public API's executions: one, a listing, a
 * delete. Rules live in {@link WorkflowEngine}; the shapes of answers and errors follow the flavor.
 */
public final class WorkflowHandlers {
    /** The webhook route; the stand-in accepts any unique id, as if every one were registered. */
    public static final String WEBHOOK_ROUTE = "/webhook/linkedin-scraper/{uniqueId}";
    /** The webhook the suite calls on the embedded stand-in when {@code N8N_WEBHOOK_URL} is not set. */
    public static final String DEFAULT_WEBHOOK_PATH = "/webhook/linkedin-scraper/sales-machine-loadtest";

    public static final String EXECUTIONS_PATH = "/api/v1/executions";
    public static final String EXECUTION_ROUTE = EXECUTIONS_PATH + "/{id}";
    public static final String API_KEY_HEADER = "X-N8N-API-KEY";

    /** N8N's listing: 100 executions a page unless asked, at most 250. */
    static final int DEFAULT_LIMIT = 100;

    static final int MAX_LIMIT = 250;

    private final WorkflowEngine engine;
    private final Optional<byte[]> apiKey;
    private final N8nFlavor flavor;

    public WorkflowHandlers(WorkflowEngine engine, Optional<String> apiKey, N8nFlavor flavor) {
        this.engine = engine;
        this.apiKey = apiKey.map(k -> k.getBytes(StandardCharsets.UTF_8));
        this.flavor = flavor;
    }

    /** One page of executions, N8N's shape: {@code nextCursor} is null on the last page. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExecutionPage(List<Object> data, String nextCursor) {}

    public void trigger(Context ctx, String owner) {
        if (flavor == N8nFlavor.N8N && !Json.parses(ctx.bodyAsBytes())) {
            throw failure(422, "unprocessable_entity", "The request body is not valid JSON");
        }
        Map<String, Object> body = Json.readObject(ctx);
        ScrapeRequest request = ScrapeRequest.from(body);
        CompletableFuture<Execution> answer;
        try {
            answer = engine.trigger(owner, request, new WebhookCall(body, keptHeaders(ctx)));
        } catch (WorkflowQueueFullException e) {
            throw failure(503, "workflow_queue_full", e.getMessage());
        }
        ctx.future(() -> answer.handle((execution, problem) -> {
            if (cause(problem) instanceof WorkflowSlotWaitException noSlot) {
                throw failure(503, "no_execution_slot", noSlot.getMessage());
            } else if (problem != null) {
                throw new CompletionException(problem);
            }
            Json.write(ctx, 200, Map.of("executionId", execution.id()));
            return null;
        }));
    }

    public void execution(Context ctx) {
        checkApiKey(ctx);
        String id = id(ctx);
        Execution execution = engine.find(id).orElseThrow(() -> notFound(id));
        Json.write(ctx, 200, ExecutionJson.of(execution, flavor, includeData(ctx)));
    }

    public void list(Context ctx) {
        checkApiKey(ctx);
        int limit = limit(ctx.queryParam("limit"));
        long before = Optional.ofNullable(ctx.queryParam("cursor"))
                .map(c -> {
                    OptionalLong last = ExecutionCursor.decode(c);
                    if (last.isEmpty()) {
                        throw invalid("cursor", "is not a cursor this API gave out");
                    }
                    return last.getAsLong();
                })
                .orElse(Long.MAX_VALUE);
        List<Execution> found = engine.newest(limit + 1, before);
        List<Execution> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? ExecutionCursor.encode(
                        Long.parseLong(page.get(page.size() - 1).id()), limit)
                : null;
        boolean data = includeData(ctx);
        Json.write(
                ctx,
                200,
                new ExecutionPage(
                        page.stream()
                                .map(e -> ExecutionJson.of(e, flavor, data))
                                .toList(),
                        next));
    }

    public void delete(Context ctx) {
        checkApiKey(ctx);
        String id = id(ctx);
        Execution deleted = engine.delete(id).orElseThrow(() -> notFound(id));
        Json.write(ctx, 200, ExecutionJson.of(deleted, flavor, false));
    }

    private void checkApiKey(Context ctx) {
        if (apiKey.isEmpty()) {
            return;
        }
        String given = ctx.header(API_KEY_HEADER);
        if (given != null && MessageDigest.isEqual(apiKey.get(), given.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        if (flavor == N8nFlavor.N8N) {
            throw HttpFailure.messageOnly(
                    401, given == null ? "'" + API_KEY_HEADER + "' header required" : "unauthorized");
        }
        throw failure(401, "unauthorized", "Missing or wrong " + API_KEY_HEADER + " header");
    }

    /** The path's execution id; the n8n flavor refuses one that is not a number, as N8N's API validation does. */
    private String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (flavor == N8nFlavor.N8N && !id.matches("\\d+")) {
            throw HttpFailure.messageOnly(400, "request/params/id must be number");
        }
        return id;
    }

    private HttpFailure notFound(String id) {
        return flavor == N8nFlavor.N8N
                ? HttpFailure.messageOnly(404, "Not Found")
                : HttpFailure.notFound("Execution " + id);
    }

    private HttpFailure failure(int status, String error, String message) {
        return flavor == N8nFlavor.N8N
                ? HttpFailure.messageOnly(status, message)
                : new HttpFailure(status, new ApiError(error, message), Map.of());
    }

    private RuntimeException invalid(String parameter, String problem) {
        return flavor == N8nFlavor.N8N
                ? HttpFailure.messageOnly(400, "request/query/" + parameter + " " + problem)
                : ValidationException.of(parameter, problem);
    }

    private int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static boolean includeData(Context ctx) {
        return "true".equalsIgnoreCase(ctx.queryParam("includeData"));
    }

    /** The n8n flavor keeps the request's header fields (lower-case names, as N8N does); the contract flavor none. */
    private Map<String, String> keptHeaders(Context ctx) {
        if (flavor != N8nFlavor.N8N) {
            return Map.of();
        }
        var headers = new TreeMap<String, String>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        return headers;
    }

    private static Throwable cause(Throwable problem) {
        return problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
    }
}
