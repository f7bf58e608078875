package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.config.Breakpoint;
import com.salesmachine.loadtest.config.Numbers;
import com.salesmachine.loadtest.results.RunSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A capacity search's words: each step's progress line, the answer as summary.json holds it, the console's closing lines. */
final class CapacityText {
    private CapacityText() {}

    static String stepLine(int index, StepResult r, CapacityMeasure measure) {
        var line = new StringBuilder("Capacity step " + index + ": " + r.level() + " users: " + r.verdict());
        if (r.folder() != null) {
            line.append(" (");
            if (r.achieved() != null) {
                line.append(Numbers.decimals(round(r.achieved())))
                        .append(' ')
                        .append(measure.unit())
                        .append(", ");
            }
            line.append("p95 ")
                    .append(r.p95Ms())
                    .append(" ms, errors ")
                    .append(Numbers.decimals(r.errorPercent()))
                    .append(" %, ")
                    .append(Numbers.decimals(Math.round(r.seconds())))
                    .append(" s)");
        }
        if (!r.failed().isEmpty()) {
            line.append(": ").append(String.join("; ", r.failed()));
        }
        return line.toString();
    }

    static RunSummary.Capacity answer(
            SearchPlan plan,
            List<StepResult> results,
            CapacityMeasure measure,
            Breakpoint bp,
            double seconds,
            Attribution.Finding finding) {
        Integer capacity = plan.capacity().isPresent() ? plan.capacity().getAsInt() : null;
        Integer firstFailing =
                plan.firstFailing().isPresent() ? plan.firstFailing().getAsInt() : null;
        List<String> failedThere = firstFailing == null
                ? List.of()
                : at(results, firstFailing).map(StepResult::failed).orElse(List.of());
        Double achieved = capacity == null
                ? null
                : at(results, capacity).map(StepResult::achieved).orElse(null);
        var steps = new ArrayList<RunSummary.CapacityStep>();
        for (int i = 0; i < results.size(); i++) {
            StepResult r = results.get(i);
            steps.add(new RunSummary.CapacityStep(
                    i + 1,
                    r.level(),
                    r.verdict(),
                    r.intended() == null ? null : round(r.intended()),
                    r.achieved() == null ? null : round(r.achieved()),
                    round(r.throughputRps()),
                    r.meanMs(),
                    r.p50Ms(),
                    r.p95Ms(),
                    r.p99Ms(),
                    round(r.errorPercent()),
                    r.components().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    java.util.Map.Entry::getKey,
                                    e -> round(e.getValue()),
                                    (a, b) -> a,
                                    java.util.LinkedHashMap::new)),
                    r.targetCpuCores() == null ? null : round(r.targetCpuCores()),
                    r.targetMemoryMb() == null ? null : round(r.targetMemoryMb()),
                    r.failed(),
                    r.folder(),
                    round(r.seconds())));
        }
        return new RunSummary.Capacity(
                "users",
                capacity,
                firstFailing,
                failedThere,
                measure.unit(),
                achieved == null ? null : round(achieved),
                finding.component()
                        .filter(Component.RATE_LIMIT_WAIT.label()::equals)
                        .flatMap(c -> measure.ceilingNote())
                        .orElse(null),
                plan.end().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                conclusion(plan, capacity, firstFailing, bp),
                bp.resolutionPercent(),
                round(seconds),
                finding.component().orElse(null),
                finding.text(),
                List.copyOf(steps));
    }

    private static String conclusion(SearchPlan plan, Integer capacity, Integer firstFailing, Breakpoint bp) {
        String failing = firstFailing == null ? "" : " The first failing level is " + firstFailing + " users.";
        return switch (plan.end()) {
            case RESOLVED ->
                "Every SLO held at " + capacity + " users, the highest level tried within "
                        + Numbers.decimals(bp.resolutionPercent()) + " % of the first failing one." + failing;
            case CAP_PASSED ->
                "Every SLO held at " + capacity + " users, the highest level the search may offer"
                        + " (breakpointMax): the capacity is at least that; raise breakpointMax to find the breaking point.";
            case FAILS_AT_ONE -> "No level held, not even 1 user: the API fails its SLOs without load." + failing;
            case BUDGET ->
                (capacity == null
                                ? "No level held before the search ran out of its time budget (breakpointBudget)."
                                : "Every SLO held at " + capacity + " users; the search ran out of its time budget"
                                        + " (breakpointBudget) before resolving the gap to "
                                        + (firstFailing == null ? "a failing level." : firstFailing + " users."))
                        + (capacity == null ? failing : "");
            case INVALID_STEP ->
                "The search stopped: a step's figures do not describe the API (the injector"
                        + " saturated), so the breaking point is not known"
                        + (capacity == null ? "." : "; every SLO held up to " + capacity + " users.");
        };
    }

    static List<String> consoleLines(RunSummary.Capacity c) {
        var lines = new ArrayList<String>();
        if (c.capacity() != null) {
            lines.add("Capacity: " + c.capacity() + " users"
                    + (c.achievedAtCapacity() == null || c.unit().equals(CapacityMeasure.CONCURRENT_USERS)
                            ? ""
                            : " (" + Numbers.decimals(c.achievedAtCapacity()) + " " + c.unit() + ")")
                    + ", the highest level at which every SLO held");
        } else {
            lines.add("Capacity: not found (no level held)");
        }
        if (c.firstFailing() != null) {
            lines.add("First failing: " + c.firstFailing() + " users"
                    + (c.failedAtFirstFailing().isEmpty() ? "" : ": " + String.join("; ", c.failedAtFirstFailing())));
        }
        lines.add("Search: " + c.conclusion());
        lines.add("Bottleneck: " + c.bottleneck());
        if (c.ceilingNote() != null) {
            lines.add("Ceiling: " + c.ceilingNote());
        }
        return lines;
    }

    private static Optional<StepResult> at(List<StepResult> results, int level) {
        return results.stream()
                .filter(r -> r.level() == level && r.folder() != null)
                .findFirst();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
