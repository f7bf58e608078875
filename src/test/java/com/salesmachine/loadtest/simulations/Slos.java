package com.salesmachine.loadtest.simulations;

import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.verdict.Slo;
import java.util.List;

/**
 * The simulations' objectives, NFR3's thresholds by default ({@link Judging}), named as the report
 * names them. The suite judges them itself after the run (latency on the steady window).
 */
final class Slos {
    private final Judging judging;

    Slos(Judging judging) {
        this.judging = judging;
    }

    /** NFR3's p95 for one request of a group. */
    Slo apiP95(String group, String request) {
        return Slo.percentileBelow(List.of(group, request), 95, judging.apiP95Ms());
    }

    /** NFR3's end-to-end p95 for a workflow group (its duration: trigger to observed completion). */
    Slo workflowP95(String group) {
        return Slo.durationPercentileBelow(List.of(group), 95, judging.workflowP95Ms());
    }

    /** NFR3's error rate over a group: what failed of the work it stands for. */
    Slo errorRate(String group) {
        return Slo.failedBelow(List.of(group), judging.errorPercent());
    }

    /** Not one failure of that request: a verdict (no email lost), not a rate. */
    Slo noFailure(String group, String request) {
        return Slo.noFailure(List.of(group, request));
    }

    /** That request ran at least once (a verdict that never ran proves nothing). */
    Slo ran(String group, String request) {
        return Slo.ran(List.of(group, request));
    }

    /** Not one of what that counter of the scenario counts (operations not started, campaigns not reconciled). */
    Slo none(String counter) {
        return Slo.counterIs(counter, 0);
    }

    /** NFR3's error rate over every request of the run. */
    Slo globalErrorRate() {
        return Slo.globalFailedBelow(judging.errorPercent());
    }
}
