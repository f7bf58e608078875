package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.config.Numbers;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which component gives way first as the load rises, from the steps of a search: the component
 * whose time grew most between the lowest step and the first failing one (the highest step when none
 * failed), named when that growth is out of proportion, and the two neighbouring steps between which
 * it grew most. It says plainly when it cannot tell.
 *
 * <p>Out of proportion: the component's mean rose by at least {@value #MIN_RISE_MS} ms and to at
 * least {@value #MIN_FACTOR} times its value at the lowest step, and its rise is at least
 * {@value #MIN_SHARE_PERCENT} % of the rise of the mean response time (a workflow's or enrichment's
 * wait is compared with its own rise alone, as it is not part of a request's time).
 */
final class Attribution {
    static final double MIN_RISE_MS = 20;
    static final double MIN_FACTOR = 2;
    static final double MIN_SHARE_PERCENT = 50;

    /** The finding, and the component it names (empty when it cannot tell). */
    record Finding(Optional<String> component, String text) {}

    private Attribution() {}

    static Finding of(List<StepResult> steps, String unit) {
        List<StepResult> byLevel = steps.stream()
                .filter(s -> s.folder() != null)
                .sorted(Comparator.comparingInt(StepResult::level))
                .toList();
        if (byLevel.size() < 2) {
            return new Finding(
                    Optional.empty(),
                    "Cannot tell which component gives way first: the search ran fewer"
                            + " than two steps to compare.");
        }
        StepResult low = byLevel.get(0);
        StepResult high = byLevel.stream().filter(s -> !s.passed()).findFirst().orElse(byLevel.get(byLevel.size() - 1));
        if (high == low) {
            high = byLevel.get(1);
        }
        if (byLevel.stream().allMatch(s -> s.components().isEmpty())) {
            return new Finding(
                    Optional.empty(),
                    "Cannot tell which component gives way first: the API reported no component times"
                            + " (no Server-Timing db, pool, redis or queue entries) and the suite observed no"
                            + " workflow or rate-limit waits.");
        }
        double responseRise = high.meanMs() - low.meanMs();
        Component best = null;
        double bestRise = 0;
        for (Component c : Component.values()) {
            double before = low.component(c.label()).orElse(0.0);
            Optional<Double> after = high.component(c.label());
            if (after.isEmpty()) {
                continue;
            }
            double rise = after.get() - before;
            if (rise > bestRise) {
                best = c;
                bestRise = rise;
            }
        }
        if (best == null) {
            return new Finding(
                    Optional.empty(),
                    "Cannot tell which component gives way first: no component the API reports grew between "
                            + low.level() + " and " + high.level() + " " + unit + " (mean response time "
                            + ms(low.meanMs()) + " -> " + ms(high.meanMs()) + ").");
        }
        double before = low.component(best.label()).orElse(0.0);
        double after = high.component(best.label()).orElse(0.0);
        boolean ownWait = best.ownWait();
        boolean outOfProportion = bestRise >= MIN_RISE_MS
                && after >= MIN_FACTOR * Math.max(before, 1)
                && (ownWait || bestRise * 100 >= MIN_SHARE_PERCENT * responseRise);
        if (!outOfProportion) {
            return new Finding(
                    Optional.empty(),
                    "Cannot tell which component gives way first: between " + low.level() + " and " + high.level()
                            + " " + unit + " the mean response time went " + ms(low.meanMs()) + " -> "
                            + ms(high.meanMs()) + ", and the component that grew most, " + best.label() + " ("
                            + ms(before) + " -> " + ms(after) + "), does not explain it: the time goes elsewhere"
                            + " (the API's own work, a component it does not report, or the network).");
        }
        StepResult[] jump = steepest(byLevel, best, high.level());
        return new Finding(
                Optional.of(best.label()),
                capitalised(best.label()) + " rose from "
                        + ms(jump[0].component(best.label()).orElse(0.0)) + " to "
                        + ms(jump[1].component(best.label()).orElse(0.0)) + " between " + jump[0].level() + " and "
                        + jump[1].level() + " " + unit + ": " + best.meaning() + ".");
    }

    /** The two neighbouring steps (up to {@code upTo}) between which the component grew most. */
    private static StepResult[] steepest(List<StepResult> byLevel, Component c, int upTo) {
        StepResult[] pair = {byLevel.get(0), byLevel.get(1)};
        double most = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < byLevel.size() && byLevel.get(i).level() <= upTo; i++) {
            double rise = byLevel.get(i).component(c.label()).orElse(0.0)
                    - byLevel.get(i - 1).component(c.label()).orElse(0.0);
            if (rise > most) {
                most = rise;
                pair = new StepResult[] {byLevel.get(i - 1), byLevel.get(i)};
            }
        }
        return pair;
    }

    private static String ms(double value) {
        return Numbers.decimals(Math.round(value)) + " ms";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
