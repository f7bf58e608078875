package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.ExitCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's one verdict, from which the exit code, the console, summary.json, report.md and
 * slo-junit.xml all follow. {@code INVALID} beats {@code FAIL}: when the run did not do the work it
 * meant to, or the injector was its own bottleneck, its figures describe the run, not the API.
 *
 * @param slos every objective, judged
 * @param invalidBecause why the run's figures cannot be trusted, one line each; empty when they can
 */
public record RunVerdict(List<SloOutcome> slos, List<String> invalidBecause) {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String INVALID = "INVALID";

    public RunVerdict {
        slos = List.copyOf(slos);
        invalidBecause = List.copyOf(invalidBecause);
    }

    /** {@code PASS}, {@code FAIL} or {@code INVALID}. */
    public String verdict() {
        if (!invalidBecause.isEmpty()) {
            return INVALID;
        }
        return slos.stream().allMatch(SloOutcome::passed) ? PASS : FAIL;
    }

    public int exitCode() {
        return switch (verdict()) {
            case PASS -> 0;
            case FAIL -> ExitCodes.SLO_FAILED;
            default -> ExitCodes.INVALID;
        };
    }

    public long failedSlos() {
        return slos.stream().filter(s -> !s.passed()).count();
    }

    /**
     * The verdict in one line: {@code PASS (6 SLOs held)}, {@code FAIL (1 of 6 SLOs failed)},
     * {@code INVALID: generator saturated: injector CPU 97 % of 2 cores (limit 90 %)}.
     */
    public String headline() {
        return switch (verdict()) {
            case PASS ->
                PASS + " (" + (slos.isEmpty() ? "no SLOs asserted" : "every one of " + slos.size() + " SLOs held")
                        + ")";
            case FAIL -> FAIL + " (" + failedSlos() + " of " + slos.size() + " SLOs failed)";
            default -> INVALID + ": " + String.join("; ", invalidBecause);
        };
    }

    /** What the console prints at the end of a run: one line per SLO, then the verdict. */
    public List<String> consoleLines() {
        var lines = new ArrayList<String>();
        slos.forEach(s -> lines.add(s.line()));
        lines.add("Verdict: " + headline());
        return lines;
    }
}
