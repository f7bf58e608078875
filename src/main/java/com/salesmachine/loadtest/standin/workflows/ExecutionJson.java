package com.salesmachine.loadtest.standin.workflows;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An execution as N8N's public API writes it, in the flavor's shape. Either way, {@code data} (only
 * when asked for with {@code includeData=true}) holds what the webhook received where a real N8N keeps
 * its webhook node's output: {@code data.resultData.runData.Webhook[0].data.main[0][0].json.body}.
 */
final class ExecutionJson {
    /** The webhook node's name in the LinkedIn scraper workflow. */
    static final String WEBHOOK_NODE = "Webhook";

    private ExecutionJson() {}

    /** The contract's shape: {@code startedAt} absent while queued, {@code stoppedAt} until it ends. */
    record Contract(
            String id,
            boolean finished,
            String mode,
            ExecutionStatus status,
            String workflowId,
            Instant startedAt,
            Instant stoppedAt,
            Map<String, Object> data) {}

    /** A self-hosted N8N's shape: every field there, {@code null} when unset; {@code data} only when asked for. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record N8n(
            String id,
            boolean finished,
            String mode,
            String retryOf,
            String retrySuccessId,
            ExecutionStatus status,
            Instant createdAt,
            Instant startedAt,
            Instant stoppedAt,
            String workflowId,
            Instant waitTill,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> data) {}

    static Object of(Execution e, N8nFlavor flavor, boolean includeData) {
        Map<String, Object> data = includeData ? data(e.call()) : null;
        return switch (flavor) {
            case CONTRACT ->
                new Contract(
                        e.id(), e.finished(), e.mode(), e.status(), e.workflowId(), e.startedAt(), e.stoppedAt(), data);
            case N8N ->
                new N8n(
                        e.id(),
                        e.finished(),
                        e.mode(),
                        null,
                        null,
                        e.status(),
                        e.createdAt(),
                        e.startedAt(),
                        e.stoppedAt(),
                        e.workflowId(),
                        null,
                        data);
        };
    }

    /** The run data of the webhook node: the body, and the header fields when they were kept. */
    static Map<String, Object> data(WebhookCall call) {
        var json = new LinkedHashMap<String, Object>();
        if (!call.headers().isEmpty()) {
            json.put("headers", call.headers());
            json.put("params", Map.of());
            json.put("query", Map.of());
        }
        json.put("body", call.body());
        Map<String, Object> run = Map.of("data", Map.of("main", List.of(List.of(Map.of("json", json)))));
        return Map.of("resultData", Map.of("runData", Map.of(WEBHOOK_NODE, List.of(run))));
    }
}
