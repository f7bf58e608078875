package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import com.salesmachine.loadtest.config.Nfr;
import io.gatling.javaapi.core.Assertion;

/** The simulations' assertions of the NFRs ({@link Nfr}), named as the report names them. */
final class Slos {
    private Slos() {}

    /** NFR3's p95 for one request of a group. */
    static Assertion apiP95(String group, String request) {
        return details(group, request).responseTime().percentile(95.0).lt(Nfr.API_P95_MS);
    }

    /** NFR3's end-to-end p95 for a workflow group (trigger to observed completion). */
    static Assertion workflowP95(String group) {
        return details(group).responseTime().percentile(95.0).lt(Nfr.WORKFLOW_P95_MS);
    }

    /** NFR3's error rate over a group: what failed of the work it stands for. */
    static Assertion errorRate(String group) {
        return details(group).failedRequests().percent().lt(Nfr.ERROR_RATE_PERCENT);
    }

    /** Not one failure of that request: a verdict (every operation started, no email lost), not a rate. */
    static Assertion noFailure(String group, String request) {
        return details(group, request).failedRequests().count().is(0L);
    }

    /** That request ran at least once (a verdict that never ran proves nothing). */
    static Assertion ran(String group, String request) {
        return details(group, request).allRequests().count().gt(0L);
    }

    /** NFR3's error rate over every request of the run. */
    static Assertion globalErrorRate() {
        return global().failedRequests().percent().lt(Nfr.ERROR_RATE_PERCENT);
    }
}
