package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.Numbers;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One objective judged: its actual value (absent when the run has nothing in its scope, which fails
 * it: an objective that measured nothing proved nothing) and whether it held.
 */
public record SloOutcome(Slo slo, OptionalDouble actual, boolean passed) {

    /** Where the judge finds an objective's actual value. */
    @FunctionalInterface
    public interface Figures {
        /** The value {@code slo} measures on its window, or empty when its scope has no data there. */
        OptionalDouble valueOf(Slo slo);
    }

    /** Judges each objective on {@code figures}, in order. */
    public static List<SloOutcome> judge(List<Slo> slos, Figures figures) {
        return slos.stream().map(slo -> judge(slo, figures.valueOf(slo))).toList();
    }

    static SloOutcome judge(Slo slo, OptionalDouble actual) {
        boolean passed = actual.isPresent() && slo.comparator().holds(actual.getAsDouble(), slo.target());
        return new SloOutcome(slo, actual, passed);
    }

    /** The actual value in words: {@code 233 ms}, or why there is none. */
    public String actualText() {
        if (actual.isEmpty()) {
            return "not measured (no data in its scope and window)";
        }
        String unit = slo.unit();
        return Numbers.decimals(actual.getAsDouble()) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The console's line for it: {@code SLO PASS <name> (actual 233 ms)}. */
    public String line() {
        return "SLO " + (passed ? "PASS " : "FAIL ") + slo.name() + " (actual " + actualText() + ")";
    }
}
