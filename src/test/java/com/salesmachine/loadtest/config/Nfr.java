package com.salesmachine.loadtest.config;

/**
 * The non-functional requirements the suite holds the API to, in one place: NFR3's API p95 and
 * error rate, and its end-to-end time for workflows. Simulations assert them; reports compare with them.
 */
public final class Nfr {
    /** NFR3: every API call's p95 under 500 ms. */
    public static final int API_P95_MS = 500;
    /** NFR3: error rate under 1 %. */
    public static final double ERROR_RATE_PERCENT = 1.0;
    /** NFR3: a workflow (trigger to observed completion) p95 under 5 s. */
    public static final int WORKFLOW_P95_MS = 5_000;

    private Nfr() {}
}
