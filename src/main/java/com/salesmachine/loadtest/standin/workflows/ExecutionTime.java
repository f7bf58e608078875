package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.settings.SettingException;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long an execution runs once it has a slot: log-normal with the given median and 99th
 * percentile, cut at {@code maxMs}; all in milliseconds. Written like the setting:
 * {@code median[/p99[/max]]}, p99 defaulting to three medians and max to four thirds of p99.
 */
public record ExecutionTime(double medianMs, double p99Ms, double maxMs) {
    /** Median 1.5 s with a tail toward 6 s. */
    public static final ExecutionTime DEFAULT = new ExecutionTime(1500, 4500, 6000);

    /** The standard normal quantile of 0.99: p99 = median * exp(2.326 * sigma). */
    private static final double Z_99 = 2.326;

    public ExecutionTime {
        if (!(medianMs > 0) || !(p99Ms >= medianMs) || !(maxMs >= p99Ms) || !Double.isFinite(maxMs)) {
            throw new IllegalArgumentException(
                    "need 0 < median <= p99 <= max, got " + medianMs + "/" + p99Ms + "/" + maxMs);
        }
    }

    /** Parses the value of {@code setting}; a {@link SettingException} names it when the text is wrong. */
    public static ExecutionTime parse(String setting, String text) {
        String accepted = "use median[/p99[/max]] in ms, e.g. 1500/4500/6000 or 8000";
        String[] parts = text.trim().split("/", -1);
        if (parts.length > 3) {
            throw new SettingException(setting, "'" + text + "' has too many parts; " + accepted);
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new SettingException(setting, "'" + text + "' is not a number of ms; " + accepted);
            }
        }
        double median = values[0];
        double p99 = parts.length > 1 ? values[1] : median * 3;
        double max = parts.length > 2 ? values[2] : p99 * 4 / 3;
        try {
            return new ExecutionTime(median, p99, max);
        } catch (IllegalArgumentException e) {
            throw new SettingException(setting, "'" + text + "' needs 0 < median <= p99 <= max; " + accepted);
        }
    }

    /** One execution's run time. */
    public Duration sample(RandomGenerator random) {
        double sigma = Math.log(p99Ms / medianMs) / Z_99;
        double drawn = medianMs * Math.exp(sigma * random.nextGaussian());
        return Duration.ofNanos(Math.round(Math.min(drawn, maxMs) * 1_000_000));
    }

    @Override
    public String toString() {
        return number(medianMs) + "/" + number(p99Ms) + "/" + number(maxMs);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
