package com.salesmachine.loadtest.standin.workflows;

import java.time.Instant;

/**
 * One execution as the engine knows it at a moment: {@code createdAt} when the webhook took it,
 * {@code startedAt} null while queued, {@code stoppedAt} null until it ends, and what the webhook
 * received. {@link ExecutionJson} writes it in either flavor's shape.
 */
public record Execution(
        String id,
        ExecutionStatus status,
        String workflowId,
        String mode,
        Instant createdAt,
        Instant startedAt,
        Instant stoppedAt,
        WebhookCall call) {

    /** True only for a successful execution, as N8N's {@code finished}. */
    public boolean finished() {
        return status == ExecutionStatus.SUCCESS;
    }
}
