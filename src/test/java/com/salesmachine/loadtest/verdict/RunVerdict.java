package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.ExitCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run's one verdict, from which the exit code, the console, summary.json, report.md and
 * slo-junit.xml all follow. {@code INVALID} beats {@code STOPPED}, which beats {@code FAIL}: when the
 * run did not do the work it meant to, or the injector was its own bottleneck, its figures describe
 * the run, not the API; when stop criteria ended it, that is its finding (the SLOs as measured still
 * say which held).
 *
 * @param slos every objective, judged
 * @param invalidBecause why the run's figures cannot be trusted, one line each; empty when they can
 * @param stopped the sustained breach that stopped the injection, if one did
 */
public record RunVerdict(List<SloOutcome> slos, List<String> invalidBecause, Optional<Stop> stopped) {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String STOPPED = "STOPPED";
    public static final String INVALID = "INVALID";

    public RunVerdict {
        slos = List.copyOf(slos);
        invalidBecause = List.copyOf(invalidBecause);
    }

    public RunVerdict(List<SloOutcome> slos, List<String> invalidBecause) {
        this(slos, invalidBecause, Optional.empty());
    }

    /** {@code PASS}, {@code FAIL}, {@code STOPPED} or {@code INVALID}. */
    public String verdict() {
        if (!invalidBecause.isEmpty()) {
            return INVALID;
        }
        if (stopped.isPresent()) {
            return STOPPED;
        }
        return slos.stream().allMatch(SloOutcome::passed) ? PASS : FAIL;
    }

    public int exitCode() {
        return switch (verdict()) {
            case PASS -> 0;
            case FAIL -> ExitCodes.SLO_FAILED;
            case STOPPED -> ExitCodes.STOPPED;
            default -> ExitCodes.INVALID;
        };
    }

    public long failedSlos() {
        return slos.stream().filter(s -> !s.passed()).count();
    }

    /**
     * The verdict in one line: {@code PASS (6 SLOs held)}, {@code FAIL (1 of 6 SLOs failed)},
     * {@code STOPPED at 14:02:10: error rate 23 % over 15 s at 180 users},
     * {@code INVALID: generator saturated: injector CPU 97 % of 2 cores (limit 90 %)}.
     */
    public String headline() {
        return switch (verdict()) {
            case PASS ->
                PASS + " (" + (slos.isEmpty() ? "no SLOs asserted" : "every one of " + slos.size() + " SLOs held")
                        + ")";
            case FAIL -> FAIL + " (" + failedSlos() + " of " + slos.size() + " SLOs failed)";
            case STOPPED ->
                STOPPED + " at " + stopped.get().clockTime() + ": "
                        + stopped.get().reason();
            default -> INVALID + ": " + String.join("; ", invalidBecause);
        };
    }

    /** What the console prints at the end of a run: the stop if there was one, one line per SLO, then the verdict. */
    public List<String> consoleLines() {
        var lines = new ArrayList<String>();
        stopped.ifPresent(s -> lines.add(s.line()));
        slos.forEach(s -> lines.add(s.line()));
        lines.add("Verdict: " + headline());
        return lines;
    }
}
