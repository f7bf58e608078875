package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.injector.InjectorLimits;
import com.salesmachine.loadtest.outbound.ProductionHosts;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUsersFile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting of the suite, read in this one place and validated before any request is sent.
 * The names are those of the settings tables (the README's, and each scenario's page in docs/).
 */
public record Settings(
        Optional<URI> apiBaseUrl,
        Optional<String> apiKey,
        Optional<String> n8nWebhookUrl,
        Path testUsersFile,
        Profile profile,
        Optional<Integer> users,
        Optional<Duration> duration,
        Optional<Duration> rampUp,
        Optional<Duration> thinkTime,
        long seed,
        ProductionHosts productionHosts,
        boolean allowProduction,
        ApiPaths paths,
        Path resultsDir,
        int resultsKeep,
        N8nSettings n8n,
        Optional<URI> upstashRedisRestUrl,
        Optional<String> upstashRedisRestToken,
        Duration reconcileTimeout,
        EnrichmentSettings enrichment,
        Judging judging,
        InjectorLimits injectorLimits,
        Breakpoint breakpoint,
        TargetMetricsSettings targetMetrics,
        Stages stages,
        boolean stopOnBreach,
        Duration stopWindow,
        Shard shard,
        Optional<String> runId) {

    public static final long DEFAULT_SEED = 1;
    public static final String DEFAULT_RESULTS_DIR = "results";
    public static final int DEFAULT_RESULTS_KEEP = 20;
    public static final String UPSTASH_REDIS_REST_URL = "UPSTASH_REDIS_REST_URL";
    public static final String UPSTASH_REDIS_REST_TOKEN = "UPSTASH_REDIS_REST_TOKEN";
    public static final Duration DEFAULT_RECONCILE_TIMEOUT = Duration.ofSeconds(20);
    /** The sliding window a sustained SLO breach is judged over ({@code stopWindow}). */
    public static final Duration DEFAULT_STOP_WINDOW = Duration.ofSeconds(15);
    /** The run id every shard of one run shares ({@code RUN_ID}, as the cleanup command's); a new one for each run by default. */
    public static final String RUN_ID = "runId";

    public static Settings load(SettingSource source) {
        Profile profile = profile(source.string("profile", Profile.DEFAULT));
        return new Settings(
                source.httpUrl("API_BASE_URL").map(Settings::withoutTrailingSlash),
                source.raw("API_KEY"),
                source.raw("N8N_WEBHOOK_URL").map(v -> webhookUrl(v)),
                Path.of(source.string("TEST_USERS_FILE", TestUsersFile.DEFAULT_PATH.toString())),
                profile,
                source.positiveInt("users"),
                source.positiveDuration("duration"),
                source.duration("rampUp"),
                source.duration("thinkTime"),
                source.longValue("seed", DEFAULT_SEED),
                ProductionHosts.parse(source.raw(ProductionHosts.SETTING)),
                source.bool("ALLOW_PRODUCTION", false),
                ApiPaths.from(source),
                Path.of(source.string("resultsDir", DEFAULT_RESULTS_DIR)),
                source.positiveInt("resultsKeep", DEFAULT_RESULTS_KEEP),
                N8nSettings.from(source),
                source.httpUrl(UPSTASH_REDIS_REST_URL).map(Settings::withoutTrailingSlash),
                upstashToken(source),
                source.positiveDuration("reconcileTimeout", DEFAULT_RECONCILE_TIMEOUT),
                EnrichmentSettings.from(source),
                Judging.from(source),
                InjectorLimits.from(source),
                Breakpoint.from(source),
                TargetMetricsSettings.from(source),
                Stages.from(source),
                source.bool("stopOnBreach", profile.stopOnBreach()),
                source.positiveDuration("stopWindow", DEFAULT_STOP_WINDOW),
                shard(source, profile),
                runId(source));
    }

    /** The shard, refused for a capacity search (its steps are decided one after the other, in one injector). */
    private static Shard shard(SettingSource source, Profile profile) {
        Shard shard = Shard.from(source);
        if (shard.isSharded() && profile.name().equals(Profile.BREAKPOINT)) {
            throw new SettingException(
                    Shard.COUNT,
                    "'" + shard.count() + "' with the " + Profile.BREAKPOINT
                            + " profile; a capacity search decides each step from the last, in one injector");
        }
        if (shard.isSharded() && source.raw(RUN_ID).isEmpty()) {
            throw new SettingException(
                    RUN_ID,
                    "not set while " + SettingSource.environmentName(Shard.COUNT) + " is " + shard.count()
                            + "; every shard of a run needs the same run id, e.g. RUN_ID=" + RunId.EXAMPLE);
        }
        return shard;
    }

    private static Optional<String> runId(SettingSource source) {
        Optional<String> id = source.raw(RUN_ID);
        if (id.isPresent() && !RunId.isValid(id.get())) {
            throw new SettingException(RUN_ID, "'" + id.get() + "' is not a run id; it has the form " + RunId.EXAMPLE);
        }
        return id;
    }

    /** The store's token, required exactly when its URL is set (the two only make sense together). */
    private static Optional<String> upstashToken(SettingSource source) {
        Optional<String> token = source.raw(UPSTASH_REDIS_REST_TOKEN);
        boolean url = source.raw(UPSTASH_REDIS_REST_URL).isPresent();
        if (url && token.isEmpty()) {
            throw new SettingException(
                    UPSTASH_REDIS_REST_TOKEN,
                    "not set while " + UPSTASH_REDIS_REST_URL + " is; set both to probe the queue's store, or neither");
        }
        if (!url && token.isPresent()) {
            throw new SettingException(
                    UPSTASH_REDIS_REST_URL,
                    "not set while " + UPSTASH_REDIS_REST_TOKEN
                            + " is; set both to probe the queue's store, or neither");
        }
        return token;
    }

    /** A capacity search: the breakpoint profile without a level (its steps each run one level). */
    public boolean isCapacitySearch() {
        return profile.name().equals(Profile.BREAKPOINT) && breakpoint.level().isEmpty();
    }

    /** One step of a capacity search: the breakpoint profile at the level {@code breakpointLevel} names. */
    public boolean isCapacityStep() {
        return profile.name().equals(Profile.BREAKPOINT) && breakpoint.level().isPresent();
    }

    /**
     * The shape this injector offers: the profile applied to the scenario's load shape, then the
     * overrides, then this shard's share of its users ({@link #runShapeFor} is the whole run's).
     */
    public LoadShape shapeFor(LoadShape load) {
        LoadShape shape = runShapeFor(load);
        return shard.isSharded() ? shape.withUsers(shard.share(shape.users(), "users")) : shape;
    }

    /** The shape the whole run offers, over every shard: the profile applied to the load shape, then the overrides. */
    public LoadShape runShapeFor(LoadShape load) {
        LoadShape shape = profile.apply(load, stages);
        if (users.isPresent()) {
            shape = shape.withUsers(users.get());
        }
        if (duration.isPresent()) {
            if (shape.staged()) {
                throw new SettingException(
                        "duration",
                        "the " + profile.name() + " profile's levels are timed by its own settings (stressStep;"
                                + " spikeHold, spikeRecovery); leave duration unset");
            }
            shape = shape.withSteady(duration.get());
        }
        if (rampUp.isPresent()) {
            shape = shape.withRampUp(rampUp.get());
        }
        if (thinkTime.isPresent()) {
            shape = shape.withThinkTime(thinkTime.get());
        }
        return isCapacityStep() ? breakpoint.stepShape(shape, breakpoint.level().get()) : shape;
    }

    /** The effective settings, one per line, secrets masked. */
    public List<String> describe() {
        var lines = new ArrayList<String>();
        lines.add("API_BASE_URL     "
                + apiBaseUrl.map(u -> SettingSource.mask(u.toString())).orElse("(not set: embedded stand-in)"));
        lines.add("API_KEY          " + apiKey.map(k -> "**** (set)").orElse("(not set)"));
        lines.add("N8N_WEBHOOK_URL  " + n8nWebhookUrl.map(SettingSource::mask).orElse("(not set)"));
        lines.add("TEST_USERS_FILE  " + testUsersFile);
        lines.add("profile          " + profile.name() + " (" + profile.description() + ")");
        lines.add("seed             " + seed);
        lines.add(
                "shard            " + shard + runId.map(id -> ", RUN_ID " + id).orElse(""));
        lines.add(
                "PRODUCTION_HOSTS " + productionHosts.describe() + (allowProduction ? ", ALLOW_PRODUCTION=true" : ""));
        lines.add("paths            " + paths);
        lines.add("results          " + resultsDir + " (keeps the newest " + resultsKeep + " runs)");
        lines.addAll(n8n.describe());
        lines.add("UPSTASH_REDIS_REST_URL "
                + upstashRedisRestUrl
                        .map(u -> SettingSource.mask(u.toString()))
                        .orElse("(not set: the embedded stand-in's store, or no direct probe)")
                + ", UPSTASH_REDIS_REST_TOKEN "
                + upstashRedisRestToken.map(t -> "**** (set)").orElse("(not set)"));
        lines.add("reconcileTimeout " + Durations.format(reconcileTimeout));
        lines.addAll(enrichment.describe());
        lines.addAll(judging.describe());
        if (profile.name().equals(Profile.BREAKPOINT)) {
            lines.addAll(breakpoint.describe());
        }
        lines.add(targetMetrics.describe());
        lines.addAll(stages.describe());
        lines.add("stopOnBreach     " + stopOnBreach + " (a sustained SLO breach over stopWindow "
                + Durations.format(stopWindow) + " " + (stopOnBreach ? "stops" : "does not stop") + " the injection)");
        return lines;
    }

    private static Profile profile(String name) {
        Profile p = Profile.ALL.get(name.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new SettingException("profile", "'" + name + "' is not a profile; use one of " + Profile.names());
        }
        return p;
    }

    private static String webhookUrl(String value) {
        if (value.startsWith("/") && !value.contains(" ")) {
            return value;
        }
        try {
            SettingSource.parseHttpUrlOrThrow("N8N_WEBHOOK_URL", value);
            return value;
        } catch (SettingException e) {
            throw new SettingException(
                    "N8N_WEBHOOK_URL",
                    "'" + SettingSource.mask(value)
                            + "' is not a URL; expected an absolute http(s) URL or a path such as /webhook/linkedin-scraper/{uniqueId}");
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
