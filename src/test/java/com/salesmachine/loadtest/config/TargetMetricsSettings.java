package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the target's Prometheus metrics are ({@code METRICS_URL}; unset: the embedded stand-in's own
 * {@code /metrics}, or none for an external API) and how often they are scraped ({@code metricsInterval}).
 */
public record TargetMetricsSettings(Optional<URI> url, Duration interval) {
    public static final String URL = "METRICS_URL";
    public static final String INTERVAL = "metricsInterval";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MAX_INTERVAL = Duration.ofMinutes(10);

    public static TargetMetricsSettings from(SettingSource source) {
        Duration interval = source.positiveDuration(INTERVAL, DEFAULT_INTERVAL);
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new SettingException(
                    INTERVAL, "'" + Durations.format(interval) + "' is out of range; use 1s to 10m, e.g. 5s");
        }
        return new TargetMetricsSettings(source.httpUrl(URL), interval);
    }

    String describe() {
        return URL + "      "
                + url.map(u -> SettingSource.mask(u.toString()))
                        .orElse(
                                "(not set: the embedded stand-in's own /metrics; an external API's resources are left out)")
                + ", " + INTERVAL + " " + Durations.format(interval);
    }
}
