package com.salesmachine.loadtest.standin.workflows;

/** The engine's queue holds as many executions as it may; the webhook answers 503. */
public final class WorkflowQueueFullException extends RuntimeException {
    public WorkflowQueueFullException(int limit) {
        super("The workflow queue is full (" + limit + " executions waiting); try again later");
    }
}
