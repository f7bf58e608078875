package com.salesmachine.loadtest.standin.workflows;

import java.time.Instant;

/**
 * One execution as N8N's public API returns it ({@code GET /api/v1/executions/{id}}): {@code finished}
 * is true only for a successful one; {@code startedAt} is absent while queued and {@code stoppedAt}
 * until it ends.
 */
public record Execution(
        String id,
        boolean finished,
        String mode,
        ExecutionStatus status,
        String workflowId,
        Instant startedAt,
        Instant stoppedAt) {}
