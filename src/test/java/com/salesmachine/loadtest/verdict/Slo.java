package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.Numbers;
import java.util.List;
import java.util.Objects;

/**
 * One service-level objective of a simulation, judged by the suite itself after the run on its
 * own reading of the log (so the exit code, the console, summary.json, report.md and slo-junit.xml
 * can only agree). Latency objectives are judged on the steady-state window, counts and failure
 * shares on the whole run (a failure during the ramp is still a failure).
 *
 * @param scope what it is about: {@link #GLOBAL}, the path of a request or group
 *     ({@code Check the dashboard / Get dashboard}), or a counter's name for {@link Kind#COUNTER}
 * @param kind what is measured
 * @param percentile the percentile, for {@link Kind#PERCENTILE} and {@link Kind#DURATION_PERCENTILE} (0 otherwise)
 * @param comparator how the actual value is held to {@code target}
 * @param target the threshold
 * @param window where it is judged
 */
public record Slo(String scope, Kind kind, double percentile, Comparator comparator, double target, Window window) {
    /** The scope of every request of the run. */
    public static final String GLOBAL = "Global";

    /** What an objective measures. */
    public enum Kind {
        /** A percentile of a request's response time or of a group's duration, in ms. */
        PERCENTILE,
        /** A percentile of a group's duration (start to end, pauses included: a workflow end to end), in ms. */
        DURATION_PERCENTILE,
        /** The share of failed requests (or failed groups), in %. */
        FAILED_PERCENT,
        /** How many failed. */
        FAILED_COUNT,
        /** How many there were. */
        COUNT,
        /** A whole-number counter the scenario records beside Gatling's requests. */
        COUNTER
    }

    public enum Comparator {
        LT("lt", "is less than", "<"),
        IS("is", "is", "="),
        GT("gt", "is greater than", ">");

        private final String code;
        private final String words;
        private final String symbol;

        Comparator(String code, String words, String symbol) {
            this.code = code;
            this.words = words;
            this.symbol = symbol;
        }

        public String code() {
            return code;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(double actual, double target) {
            return switch (this) {
                case LT -> actual < target;
                case IS -> actual == target;
                case GT -> actual > target;
            };
        }
    }

    /** Which records an objective is judged on. */
    public enum Window {
        /** The load shape's steady state (the whole run when the shape has none, e.g. smoke). */
        STEADY("steady"),
        /** Every record of the run. */
        WHOLE_RUN("whole run");

        private final String label;

        Window(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Slo {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(window, "window");
        if ((kind == Kind.PERCENTILE || kind == Kind.DURATION_PERCENTILE) && (percentile <= 0 || percentile > 100)) {
            throw new IllegalArgumentException("a percentile is in (0, 100], got " + percentile);
        }
    }

    /** The {@code p}th percentile of a request's response time (or a group's duration) under {@code ms}. */
    public static Slo percentileBelow(List<String> path, double p, double ms) {
        return new Slo(join(path), Kind.PERCENTILE, p, Comparator.LT, ms, Window.STEADY);
    }

    /** The {@code p}th percentile of a group's duration (a user intent end to end) under {@code ms}. */
    public static Slo durationPercentileBelow(List<String> group, double p, double ms) {
        return new Slo(join(group), Kind.DURATION_PERCENTILE, p, Comparator.LT, ms, Window.STEADY);
    }

    /** The share of failed requests (or groups) of {@code path}, or of every request, under {@code percent}. */
    public static Slo failedBelow(List<String> path, double percent) {
        return new Slo(join(path), Kind.FAILED_PERCENT, 0, Comparator.LT, percent, Window.WHOLE_RUN);
    }

    /** The share of failed requests of the whole run under {@code percent}. */
    public static Slo globalFailedBelow(double percent) {
        return new Slo(GLOBAL, Kind.FAILED_PERCENT, 0, Comparator.LT, percent, Window.WHOLE_RUN);
    }

    /** Not one failure of that request: a verdict, not a rate. */
    public static Slo noFailure(List<String> path) {
        return new Slo(join(path), Kind.FAILED_COUNT, 0, Comparator.IS, 0, Window.WHOLE_RUN);
    }

    /** That request ran at least once (a verdict that never ran proves nothing). */
    public static Slo ran(List<String> path) {
        return new Slo(join(path), Kind.COUNT, 0, Comparator.GT, 0, Window.WHOLE_RUN);
    }

    /** A counter of the scenario's own is {@code value} (e.g. 0 operations not started). */
    public static Slo counterIs(String counter, long value) {
        return new Slo(counter, Kind.COUNTER, 0, Comparator.IS, value, Window.WHOLE_RUN);
    }

    /**
     * The objective a summary wrote ({@link #metric()}, the comparator's code, the window's label),
     * for judging it again on other data (a merge of shards). Throws {@link IllegalArgumentException}
     * naming what it does not know.
     */
    public static Slo parse(String scope, String metric, String comparator, double target, String window) {
        Comparator c = java.util.Arrays.stream(Comparator.values())
                .filter(x -> x.code.equals(comparator))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("comparator '" + comparator + "' is not lt, is or gt"));
        Window w = java.util.Arrays.stream(Window.values())
                .filter(x -> x.label.equals(window))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("window '" + window + "' is not steady or whole run"));
        Kind kind;
        double p = 0;
        if (metric.startsWith("durationPercentile")) {
            kind = Kind.DURATION_PERCENTILE;
            p = percentileOf(metric, "durationPercentile");
        } else if (metric.startsWith("percentile")) {
            kind = Kind.PERCENTILE;
            p = percentileOf(metric, "percentile");
        } else {
            kind = switch (metric) {
                case "failedPercent" -> Kind.FAILED_PERCENT;
                case "failedCount" -> Kind.FAILED_COUNT;
                case "count" -> Kind.COUNT;
                case "counter" -> Kind.COUNTER;
                default -> throw new IllegalArgumentException("metric '" + metric + "' is not one an SLO measures");
            };
        }
        return new Slo(scope, kind, p, c, target, w);
    }

    private static double percentileOf(String metric, String prefix) {
        try {
            return Double.parseDouble(metric.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metric '" + metric + "' has no percentile after " + prefix, e);
        }
    }

    /** The same objective judged on another window (e.g. a latency on the whole run). */
    public Slo on(Window other) {
        return new Slo(scope, kind, percentile, comparator, target, other);
    }

    /**
     * The objective in words, one name everywhere (console, summary.json, report.md, JUnit), e.g.
     * {@code Check the dashboard / Get dashboard: 95th percentile of response time (steady) is less than 500 ms}.
     */
    public String name() {
        return scope + ": " + measured() + " (" + window.label() + ") " + comparator.words + " "
                + Numbers.decimals(target) + unitSuffix();
    }

    /** The schema's metric word: {@code percentile95}, {@code failedPercent}, {@code failedCount}, ... */
    public String metric() {
        return switch (kind) {
            case PERCENTILE -> "percentile" + Numbers.decimals(percentile);
            case DURATION_PERCENTILE -> "durationPercentile" + Numbers.decimals(percentile);
            case FAILED_PERCENT -> "failedPercent";
            case FAILED_COUNT -> "failedCount";
            case COUNT -> "count";
            case COUNTER -> "counter";
        };
    }

    /** The unit of the actual value and target: {@code ms}, {@code %} or none. */
    public String unit() {
        return switch (kind) {
            case PERCENTILE, DURATION_PERCENTILE -> "ms";
            case FAILED_PERCENT -> "%";
            default -> "";
        };
    }

    private String measured() {
        return switch (kind) {
            case PERCENTILE -> ordinal(percentile) + " percentile of response time";
            case DURATION_PERCENTILE -> ordinal(percentile) + " percentile of duration";
            case FAILED_PERCENT -> "share of failed events";
            case FAILED_COUNT -> "count of failed events";
            case COUNT -> "count of events";
            case COUNTER -> "value";
        };
    }

    private String unitSuffix() {
        String unit = unit();
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String join(List<String> path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an SLO path names at least a group or a request");
        }
        return String.join(" / ", path);
    }

    /** {@code 95th}, {@code 99.9th}, {@code 1st}: a percentile as people say it. */
    public static String ordinal(double p) {
        if (p != Math.rint(p)) {
            return Numbers.decimals(p) + "th";
        }
        int n = (int) p;
        String suffix = switch (n % 100 >= 11 && n % 100 <= 13 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
