package com.salesmachine.loadtest.metrics;

/**
 * The trends of times the suite observes beside its requests, named once for the chains that record
 * them and the capacity search that compares them across steps: a workflow's execution and its wait
 * for an execution slot (from N8N's own execution record), and an enrichment's wait on the AI rate limit.
 */
public final class ObservedTimes {
    public static final String WORKFLOW_EXECUTION = "Workflow execution time (server, stoppedAt - startedAt)";
    public static final String WORKFLOW_SLOT_WAIT = "Workflow wait for a slot (server, startedAt - createdAt)";
    /**
     * From the trigger's answer to the poll that saw the workflow done, minus its execution: the wait for
     * a slot (when the execution record gives no createdAt) plus the polling's own granularity.
     */
    public static final String WORKFLOW_BEYOND_EXECUTION =
            "Workflow time beyond its execution (observed end - trigger - execution)";
    /** In seconds. */
    public static final String RATE_LIMIT_WAIT = "Rate-limit wait per throttled enrichment";

    private ObservedTimes() {}
}
