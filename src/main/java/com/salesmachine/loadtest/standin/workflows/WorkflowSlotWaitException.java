package com.salesmachine.loadtest.standin.workflows;

import java.time.Duration;

/** The n8n flavor's webhook waited for a free execution slot as long as it may; it answers 503. */
public final class WorkflowSlotWaitException extends RuntimeException {
    public WorkflowSlotWaitException(Duration waited) {
        super("No execution slot freed within " + waited.toSeconds() + " s; the execution was not started");
    }
}
