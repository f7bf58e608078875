package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.List;

/**
 * The settings of the AI enrichment scenario: where the enrichment endpoint is, how often each user
 * enriches a prospect, how the client treats the provider's rate limit (429), and how long it waits
 * for one enrichment to complete. Read from {@link Settings#load}, like {@link ApiPaths}.
 */
public record EnrichmentSettings(
        String path,
        Duration pacing,
        int rateLimitMaxAttempts,
        Duration rateLimitMaxWait,
        Duration rateLimitBackoffBase,
        Duration rateLimitBackoffCap,
        Duration timeout,
        int maxPolls) {

    public static final String PATH = "path.enrichment";
    public static final String PACING = "enrichmentPacing";
    public static final String MAX_ATTEMPTS = "rateLimitMaxAttempts";
    public static final String MAX_WAIT = "rateLimitMaxWait";
    public static final String BACKOFF_BASE = "rateLimitBackoffBase";
    public static final String BACKOFF_CAP = "rateLimitBackoffCap";
    public static final String TIMEOUT = "enrichmentTimeout";
    public static final String MAX_POLLS = "enrichmentMaxPolls";

    /** The contract's path; {@code {id}} is the prospect's id. */
    public static final String DEFAULT_PATH = "/prospects/{id}/enrichment";
    /** The seed's alternatives, which the preflight tries when the configured path does not answer. */
    public static final List<String> SEED_PATHS =
            List.of("/prospects/{id}/enrichment", "/prospects/{id}/enrich", "/enrichment");

    public static final String ID = "{id}";

    public static final EnrichmentSettings DEFAULTS = new EnrichmentSettings(
            DEFAULT_PATH,
            Duration.ofSeconds(110),
            100,
            Duration.ofSeconds(90),
            Duration.ofSeconds(1),
            Duration.ofSeconds(16),
            Duration.ofSeconds(20),
            60);

    static final Duration MAX_DURATION = Duration.ofMinutes(30);
    static final int MAX_COUNT = 1_000;

    static EnrichmentSettings from(SettingSource source) {
        EnrichmentSettings d = DEFAULTS;
        Duration base = bounded(BACKOFF_BASE, source.positiveDuration(BACKOFF_BASE, d.rateLimitBackoffBase));
        Duration cap = bounded(BACKOFF_CAP, source.positiveDuration(BACKOFF_CAP, d.rateLimitBackoffCap));
        if (cap.compareTo(base) < 0) {
            throw new SettingException(
                    BACKOFF_CAP,
                    "'" + Durations.format(cap) + "' is shorter than " + BACKOFF_BASE + " (" + Durations.format(base)
                            + "); the cap must be at least the base");
        }
        return new EnrichmentSettings(
                path(source.string(PATH, d.path)),
                bounded(PACING, source.positiveDuration(PACING, d.pacing)),
                count(MAX_ATTEMPTS, source.positiveInt(MAX_ATTEMPTS, d.rateLimitMaxAttempts)),
                bounded(MAX_WAIT, source.duration(MAX_WAIT).orElse(d.rateLimitMaxWait)),
                base,
                cap,
                bounded(TIMEOUT, source.positiveDuration(TIMEOUT, d.timeout)),
                count(MAX_POLLS, source.positiveInt(MAX_POLLS, d.maxPolls)));
    }

    /** The path of one prospect's enrichment, in Gatling's expression language. */
    public String pathFor(String prospectIdKey) {
        return path.replace(ID, "#{" + prospectIdKey + "}");
    }

    /** For {@link Settings#describe()}. */
    List<String> describe() {
        return List.of(
                "enrichment       " + path + ", one per user every " + Durations.format(pacing) + ", time-out "
                        + Durations.format(timeout) + ", at most " + maxPolls + " polls",
                "rate limit       at most " + rateLimitMaxAttempts + " attempts and "
                        + Durations.format(rateLimitMaxWait) + " waiting; without Retry-After, back-off "
                        + Durations.format(rateLimitBackoffBase) + " doubling to "
                        + Durations.format(rateLimitBackoffCap)
                        + " with full jitter");
    }

    private static String path(String value) {
        if (!value.matches("/[A-Za-z0-9._~!$&'()*+,;=:@%/{}-]*")) {
            throw new SettingException(
                    PATH, "'" + value + "' is not a path; use one starting with / such as " + DEFAULT_PATH);
        }
        if (value.indexOf(ID) < 0 || value.indexOf(ID) != value.lastIndexOf(ID)) {
            throw new SettingException(
                    PATH,
                    "'" + value + "' needs {id} exactly once, where the prospect's id goes; use e.g. " + DEFAULT_PATH);
        }
        return value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static Duration bounded(String setting, Duration value) {
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new SettingException(
                    setting,
                    "'" + Durations.format(value) + "' is too long; use at most " + Durations.format(MAX_DURATION));
        }
        return value;
    }

    private static int count(String setting, int value) {
        if (value > MAX_COUNT) {
            throw new SettingException(setting, "'" + value + "' is out of range; use 1 to " + MAX_COUNT);
        }
        return value;
    }
}
