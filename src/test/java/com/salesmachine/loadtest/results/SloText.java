package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Slo;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An SLO in words for people: what it measures ({@code 95th percentile response time}), its
 * target ({@code < 500 ms}) and its actual value ({@code 233 ms}), with the unit its metric implies.
 */
public final class SloText {
    private static final Pattern PERCENTILE = Pattern.compile("(duration)?[pP]ercentile(\\d+(?:\\.\\d+)?)");

    private SloText() {}

    /** What the SLO measures, e.g. {@code 95th percentile response time} or {@code failed requests}. */
    static String what(Slo slo) {
        String metric = slo.metric();
        Matcher percentile = PERCENTILE.matcher(metric);
        if (percentile.matches()) {
            return com.salesmachine.loadtest.verdict.Slo.ordinal(Double.parseDouble(percentile.group(2)))
                    + (percentile.group(1) == null ? " percentile response time" : " percentile duration");
        }
        return switch (metric) {
            case "meanResponseTime" -> "mean response time";
            case "minResponseTime" -> "min response time";
            case "maxResponseTime" -> "max response time";
            case "stdDevResponseTime", "standardDeviation" -> "standard deviation of response time";
            case "failedPercent", "failedRequestsPercent" -> "failed requests";
            case "failedCount" -> "failed requests (count)";
            case "count" -> "requests (count)";
            case "counter" -> "value";
            case "successfulRequestsPercent" -> "successful requests";
            case "failedRequestsCount" -> "failed requests (count)";
            case "successfulRequestsCount" -> "successful requests (count)";
            case "allRequestsCount" -> "requests (count)";
            case "requestsPerSec", "meanRequestsPerSec", "meanRequestsPerSecond" -> "mean throughput";
            default -> metric;
        };
    }

    /** The target with its comparator, e.g. {@code < 500 ms} or {@code between 1 and 5 %}. */
    static String target(Slo slo) {
        List<Double> values = slo.target();
        String unit = unit(slo.metric());
        if (values.isEmpty()) {
            return "no target given";
        }
        String first = value(values.get(0), unit);
        return switch (slo.comparator()) {
            case "lt" -> "< " + first;
            case "lte" -> "<= " + first;
            case "gt" -> "> " + first;
            case "gte" -> ">= " + first;
            case "is" -> "= " + first;
            case "between" ->
                values.size() < 2
                        ? "between " + first
                        : "between " + value(values.get(0), "") + " and " + value(values.get(1), unit);
            case "in" ->
                "in {" + values.stream().map(v -> value(v, "")).collect(Collectors.joining(", ")) + "}"
                        + (unit.isEmpty() ? "" : " " + unit);
            default ->
                slo.comparator() + " "
                        + values.stream().map(v -> value(v, unit)).collect(Collectors.joining(", "));
        };
    }

    /** The SLO's name with its measured value, as the console's SLO line gives them: {@code <name> (actual 620 ms)}. */
    public static String nameWithActual(Slo slo) {
        return slo.name() + " (actual " + actual(slo) + ")";
    }

    /** The measured value, or why there is none. */
    static String actual(Slo slo) {
        return slo.actual() == null
                ? "not measured (no data in its scope and window)"
                : value(slo.actual(), unit(slo.metric()));
    }

    /** The unit a metric is measured in: ms, %, req/s, or none for counts and unknown metrics. */
    static String unit(String metric) {
        if (PERCENTILE.matcher(metric).matches()
                || metric.endsWith("ResponseTime")
                || metric.equals("standardDeviation")) {
            return "ms";
        }
        if (metric.endsWith("Percent")) {
            return "%";
        }
        if (metric.contains("PerSec")) {
            return "req/s";
        }
        return "";
    }

    private static String value(double value, String unit) {
        String number = Figures.decimals(value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
