package com.salesmachine.loadtest.standin;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.conformance.ContractBreak;
import com.salesmachine.loadtest.standin.database.FixedLatency;
import com.salesmachine.loadtest.standin.database.LatencyOverrides;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueueConfig;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentConfig;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The stand-in's settings, immutable and validated: read once from a {@link SettingSource}, or
 * built in code from {@link #defaults()} with the {@code with...} methods. Every bad value is a
 * {@link SettingException} naming the setting, the value and what is accepted.
 */
public final class StandInConfig {
    public static final String PORT = "standin.port";
    public static final String API_KEY = "standin.apiKey";
    public static final String DB_POOL_SIZE = "standin.dbPoolSize";
    public static final String DB_POOL_TIMEOUT = "standin.dbPoolTimeout";
    public static final String LATENCY_FACTOR = "standin.latencyFactor";
    public static final String LATENCY = LatencyOverrides.SETTING;
    public static final String SEED = "standin.seed";
    public static final String TOKEN_TTL = "standin.tokenTtl";
    public static final String ETAGS = "standin.etags";
    public static final String HANG_ON_H2C = "standin.hangOnH2c";
    public static final String SPLIT_SERVER_TIMING = "standin.splitServerTiming";
    public static final String BREAK = ContractBreak.SETTING;
    public static final String FIXED_LATENCY = FixedLatency.SETTING;
    public static final String LEAK_PER_REQUEST = "standin.leakPerRequest";
    public static final String NATIVE = "standin.native";

    /** The most {@value #LEAK_PER_REQUEST} takes: 1 MiB a request. */
    static final int MAX_LEAK_PER_REQUEST = 1024 * 1024;

    static final int MAX_POOL_SIZE = 10_000;

    private final int port;
    private final String apiKey;
    private final int dbPoolSize;
    private final Duration dbPoolTimeout;
    private final double latencyFactor;
    private final Map<Operation, LatencyProfile> latency;
    private final Long seed;
    private final Duration tokenTtl;
    private final WorkflowConfig workflows;
    private final EmailQueueConfig emailQueue;
    private final EnrichmentConfig enrichment;
    private final boolean etags;
    private final boolean hangOnH2c;
    private final boolean splitServerTiming;
    private final Set<ContractBreak> breaks;
    private final FixedLatency fixedLatency;
    private final int leakPerRequest;
    private final boolean nativeRuntime;

    private StandInConfig(Parts parts) {
        this.port = parts.port;
        this.apiKey = parts.apiKey;
        this.dbPoolSize = parts.dbPoolSize;
        this.dbPoolTimeout = parts.dbPoolTimeout;
        this.latencyFactor = parts.latencyFactor;
        var copy = new EnumMap<Operation, LatencyProfile>(Operation.class);
        copy.putAll(parts.latency);
        this.latency = Collections.unmodifiableMap(copy);
        this.seed = parts.seed;
        this.tokenTtl = parts.tokenTtl;
        this.workflows = parts.workflows;
        this.emailQueue = parts.emailQueue;
        this.enrichment = parts.enrichment;
        this.etags = parts.etags;
        this.hangOnH2c = parts.hangOnH2c;
        this.splitServerTiming = parts.splitServerTiming;
        this.breaks = Collections.unmodifiableSet(
                parts.breaks.isEmpty() ? EnumSet.noneOf(ContractBreak.class) : EnumSet.copyOf(parts.breaks));
        this.fixedLatency = parts.fixedLatency;
        this.leakPerRequest = parts.leakPerRequest;
        this.nativeRuntime = parts.nativeRuntime;
    }

    /** The fields of a copy being made; each {@code with...} method changes one of them. */
    private static final class Parts {
        int port;
        String apiKey;
        int dbPoolSize;
        Duration dbPoolTimeout;
        double latencyFactor;
        Map<Operation, LatencyProfile> latency;
        Long seed;
        Duration tokenTtl;
        WorkflowConfig workflows;
        EmailQueueConfig emailQueue;
        EnrichmentConfig enrichment;
        boolean etags;
        boolean hangOnH2c;
        boolean splitServerTiming;
        Set<ContractBreak> breaks;
        FixedLatency fixedLatency;
        int leakPerRequest;
        boolean nativeRuntime;
    }

    private Parts parts() {
        var parts = new Parts();
        parts.port = port;
        parts.apiKey = apiKey;
        parts.dbPoolSize = dbPoolSize;
        parts.dbPoolTimeout = dbPoolTimeout;
        parts.latencyFactor = latencyFactor;
        parts.latency = latency;
        parts.seed = seed;
        parts.tokenTtl = tokenTtl;
        parts.workflows = workflows;
        parts.emailQueue = emailQueue;
        parts.enrichment = enrichment;
        parts.etags = etags;
        parts.hangOnH2c = hangOnH2c;
        parts.splitServerTiming = splitServerTiming;
        parts.breaks = breaks;
        parts.fixedLatency = fixedLatency;
        parts.leakPerRequest = leakPerRequest;
        parts.nativeRuntime = nativeRuntime;
        return parts;
    }

    private StandInConfig with(Consumer<Parts> change) {
        Parts parts = parts();
        change.accept(parts);
        return new StandInConfig(parts);
    }

    /** A free port, no API key, 20 connections with a 2 s time-out, the default latencies, 1 h tokens. */
    public static StandInConfig defaults() {
        var latency = new EnumMap<Operation, LatencyProfile>(Operation.class);
        Arrays.stream(Operation.values()).forEach(o -> latency.put(o, o.defaultProfile()));
        var parts = new Parts();
        parts.port = 0;
        parts.apiKey = null;
        parts.dbPoolSize = 20;
        parts.dbPoolTimeout = Duration.ofSeconds(2);
        parts.latencyFactor = 1.0;
        parts.latency = latency;
        parts.seed = null;
        parts.tokenTtl = Duration.ofHours(1);
        parts.workflows = WorkflowConfig.defaults();
        parts.emailQueue = EmailQueueConfig.defaults();
        parts.enrichment = EnrichmentConfig.defaults();
        parts.etags = false;
        parts.hangOnH2c = false;
        parts.splitServerTiming = false;
        parts.breaks = Set.of();
        parts.fixedLatency = FixedLatency.NONE;
        parts.leakPerRequest = 0;
        parts.nativeRuntime = false;
        return new StandInConfig(parts);
    }

    /** Reads every {@code standin.*} setting; throws {@link SettingException} on the first bad one. */
    public static StandInConfig from(SettingSource settings) {
        StandInConfig config = defaults();
        var port = settings.raw(PORT);
        if (port.isPresent()) {
            config = config.withPort(parseInt(PORT, port.get(), "a port number from 0 (any free port) to 65535"));
        }
        config = settings.raw(API_KEY).map(config::withApiKey).orElse(config);
        config = config.withDbPoolSize(settings.positiveInt(DB_POOL_SIZE, config.dbPoolSize));
        config = config.withDbPoolTimeout(settings.positiveDuration(DB_POOL_TIMEOUT, config.dbPoolTimeout));
        var factor = settings.raw(LATENCY_FACTOR);
        if (factor.isPresent()) {
            config = config.withLatencyFactor(parseFactor(factor.get()));
        }
        config = settings.raw(LATENCY).map(config::withLatency).orElse(config);
        if (settings.raw(SEED).isPresent()) {
            config = config.withSeed(settings.longValue(SEED, 0));
        }
        config = config.withWorkflows(WorkflowConfig.from(settings));
        config = config.withEmailQueue(EmailQueueConfig.from(settings));
        config = config.withEnrichment(EnrichmentConfig.from(settings));
        config = config.withEtags(settings.bool(ETAGS, config.etags));
        config = config.withHangOnH2c(settings.bool(HANG_ON_H2C, config.hangOnH2c));
        config = config.withSplitServerTiming(settings.bool(SPLIT_SERVER_TIMING, config.splitServerTiming));
        config = settings.raw(BREAK).map(config::withBreaks).orElse(config);
        config = settings.raw(FIXED_LATENCY).map(config::withFixedLatency).orElse(config);
        var leak = settings.raw(LEAK_PER_REQUEST);
        if (leak.isPresent()) {
            config = config.withLeakPerRequest(parseInt(LEAK_PER_REQUEST, leak.get(), LEAK_ACCEPTED));
        }
        config = config.withNative(settings.bool(NATIVE, config.nativeRuntime));
        return config.withTokenTtl(settings.positiveDuration(TOKEN_TTL, config.tokenTtl));
    }

    public int port() {
        return port;
    }

    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public int dbPoolSize() {
        return dbPoolSize;
    }

    public Duration dbPoolTimeout() {
        return dbPoolTimeout;
    }

    public double latencyFactor() {
        return latencyFactor;
    }

    /** The service-time profile of every operation, overrides applied. */
    public Map<Operation, LatencyProfile> latency() {
        return latency;
    }

    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    public Duration tokenTtl() {
        return tokenTtl;
    }

    /** The stand-in N8N: execution slots, execution time, failures, hangs, API key. */
    public WorkflowConfig workflows() {
        return workflows;
    }

    /** The email queue's drain rate, faults and store token ({@code standin.email*}, {@code standin.redisToken}). */
    public EmailQueueConfig emailQueue() {
        return emailQueue;
    }

    /** The AI enrichment: the provider's rate limit, the Retry-After form, how long an enrichment takes. */
    public EnrichmentConfig enrichment() {
        return enrichment;
    }

    /** Whether JSON answers to GET carry an ETag and a matching If-None-Match is answered 304, as Express does. */
    public boolean etags() {
        return etags;
    }

    /** Whether a request asking to upgrade to h2c is never answered, as a real N8N does. */
    public boolean hangOnH2c() {
        return hangOnH2c;
    }

    /** Whether each {@code Server-Timing} entry goes on a header line of its own ({@code standin.splitServerTiming}). */
    public boolean splitServerTiming() {
        return splitServerTiming;
    }

    /** The endpoints whose success answers deviate from the contract on purpose ({@code standin.break}). */
    public Set<ContractBreak> breaks() {
        return breaks;
    }

    /** The exact delays added to named endpoints' answers ({@code standin.fixedLatency}). */
    public FixedLatency fixedLatency() {
        return fixedLatency;
    }

    /**
     * Whether the stand-in looks like a service outside a JVM (Node.js, Python, Go): its {@code /metrics}
     * has the process figures only (no {@code jvm_*}), and its deliberate leak is native memory.
     */
    public boolean nativeRuntime() {
        return nativeRuntime;
    }

    public StandInConfig withNative(boolean value) {
        return with(parts -> parts.nativeRuntime = value);
    }

    /** Bytes kept for good after every answer (a deliberate leak, capped); 0: none. */
    public int leakPerRequest() {
        return leakPerRequest;
    }

    /** 0 picks a free port. */
    public StandInConfig withPort(int value) {
        if (value < 0 || value > 65_535) {
            throw new SettingException(PORT, "'" + value + "' is not a port number; use 0 (any free port) to 65535");
        }
        return with(parts -> parts.port = value);
    }

    public StandInConfig withApiKey(String value) {
        if (value == null || value.isBlank()) {
            throw new SettingException(
                    API_KEY, "is blank; give the key clients must send as X-API-Key, or leave it unset");
        }
        return with(parts -> parts.apiKey = value);
    }

    public StandInConfig withoutApiKey() {
        return with(parts -> parts.apiKey = null);
    }

    public StandInConfig withDbPoolSize(int value) {
        if (value < 1 || value > MAX_POOL_SIZE) {
            throw new SettingException(DB_POOL_SIZE, "'" + value + "' is out of range; use 1 to " + MAX_POOL_SIZE);
        }
        return with(parts -> parts.dbPoolSize = value);
    }

    public StandInConfig withDbPoolTimeout(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new SettingException(
                    DB_POOL_TIMEOUT, "'" + value.toMillis() + "ms' must be greater than zero; use e.g. 500ms or 2s");
        }
        return with(parts -> parts.dbPoolTimeout = value);
    }

    /** Multiplies every modelled service time (not the fixed extras); 0 turns the model off. */
    public StandInConfig withLatencyFactor(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new SettingException(LATENCY_FACTOR, "'" + value + "' is not a number >= 0; use e.g. 1.0, 0.5 or 2");
        }
        return with(parts -> parts.latencyFactor = value);
    }

    /** Applies overrides written like the setting: {@code dashboard=700/1200,prospects.list=+200}. */
    public StandInConfig withLatency(String overrides) {
        var applied = LatencyOverrides.apply(overrides, latency);
        return with(parts -> parts.latency = applied);
    }

    public StandInConfig withLatency(Operation operation, LatencyProfile profile) {
        var changed = new EnumMap<Operation, LatencyProfile>(Operation.class);
        changed.putAll(latency);
        changed.put(operation, profile);
        return with(parts -> parts.latency = changed);
    }

    /** The same profile for every operation (handy in tests). */
    public StandInConfig withLatencyEverywhere(LatencyProfile profile) {
        var changed = new EnumMap<Operation, LatencyProfile>(Operation.class);
        Arrays.stream(Operation.values()).forEach(o -> changed.put(o, profile));
        return with(parts -> parts.latency = changed);
    }

    public StandInConfig withSeed(long value) {
        return with(parts -> parts.seed = value);
    }

    public StandInConfig withTokenTtl(Duration value) {
        if (value.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new SettingException(
                    TOKEN_TTL, "'" + value.toMillis() + "ms' is too short; use at least 1s, e.g. 15m or 1h");
        }
        return with(parts -> parts.tokenTtl = value);
    }

    public StandInConfig withWorkflows(WorkflowConfig value) {
        return with(parts -> parts.workflows = value);
    }

    public StandInConfig withEmailQueue(EmailQueueConfig value) {
        return with(parts -> parts.emailQueue = value);
    }

    public StandInConfig withEnrichment(EnrichmentConfig value) {
        return with(parts -> parts.enrichment = value);
    }

    public StandInConfig withEtags(boolean value) {
        return with(parts -> parts.etags = value);
    }

    public StandInConfig withHangOnH2c(boolean value) {
        return with(parts -> parts.hangOnH2c = value);
    }

    public StandInConfig withSplitServerTiming(boolean value) {
        return with(parts -> parts.splitServerTiming = value);
    }

    /** Breaks the endpoints written like the setting: {@code dashboard,prospects.list}. */
    public StandInConfig withBreaks(String keys) {
        Set<ContractBreak> parsed = ContractBreak.parse(keys);
        return with(parts -> parts.breaks = parsed);
    }

    public StandInConfig withBreaks(Set<ContractBreak> value) {
        return with(parts -> parts.breaks = Set.copyOf(value));
    }

    /** Adds exact delays written like the setting, {@code dashboard:100,login:20}, to those endpoints' answers. */
    public StandInConfig withFixedLatency(String delays) {
        FixedLatency parsed = FixedLatency.parse(delays, ContractBreak.operations());
        return with(parts -> parts.fixedLatency = parsed);
    }

    public StandInConfig withFixedLatency(FixedLatency value) {
        return with(parts -> parts.fixedLatency = value);
    }

    private static final String LEAK_ACCEPTED =
            "a number of bytes from 0 (no leak) to " + MAX_LEAK_PER_REQUEST + " (1 MiB), e.g. 65536";

    /** Keeps {@code bytes} after every answer, up to a quarter of the heap; 0 turns it off. */
    public StandInConfig withLeakPerRequest(int bytes) {
        if (bytes < 0 || bytes > MAX_LEAK_PER_REQUEST) {
            throw new SettingException(LEAK_PER_REQUEST, "'" + bytes + "' is not " + LEAK_ACCEPTED);
        }
        return with(parts -> parts.leakPerRequest = bytes);
    }

    /** One line for logs; the API key is masked. */
    @Override
    public String toString() {
        String profiles = latency.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + describe(e.getValue()))
                .collect(Collectors.joining(","));
        String breakKeys = breaks.stream().map(ContractBreak::key).collect(Collectors.joining(","));
        return "StandInConfig[port=" + port + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", dbPoolSize=" + dbPoolSize + ", dbPoolTimeout=" + dbPoolTimeout.toMillis() + "ms"
                + ", latencyFactor=" + latencyFactor + ", latency=" + profiles
                + ", seed=" + (seed == null ? "random" : seed) + ", tokenTtl=" + tokenTtl.toSeconds() + "s"
                + ", " + workflows + ", emailQueue=[" + emailQueue + "], " + enrichment + ", etags=" + etags
                + ", hangOnH2c=" + hangOnH2c + ", splitServerTiming=" + splitServerTiming + ", break="
                + (breaks.isEmpty() ? "none" : breakKeys)
                + ", fixedLatency=" + fixedLatency + ", leakPerRequest=" + leakPerRequest
                + ", native=" + nativeRuntime + "]";
    }

    private static String describe(LatencyProfile p) {
        return number(p.medianMs()) + "/" + number(p.p99Ms()) + (p.extraMs() > 0 ? "+" + number(p.extraMs()) : "");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static int parseInt(String setting, String text, String accepted) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new SettingException(setting, "'" + text + "' is not " + accepted);
        }
    }

    private static double parseFactor(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(LATENCY_FACTOR, "'" + text + "' is not a number >= 0; use e.g. 1.0, 0.5 or 2");
    }
}
