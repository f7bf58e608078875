package com.salesmachine.loadtest.standin;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.standin.auth.Accounts;
import com.salesmachine.loadtest.standin.auth.LoginHandler;
import com.salesmachine.loadtest.standin.auth.LoginService;
import com.salesmachine.loadtest.standin.auth.SignedIn;
import com.salesmachine.loadtest.standin.auth.Tokens;
import com.salesmachine.loadtest.standin.campaigns.CampaignHandlers;
import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import com.salesmachine.loadtest.standin.conformance.BrokenAnswers;
import com.salesmachine.loadtest.standin.dashboard.DashboardHandler;
import com.salesmachine.loadtest.standin.dashboard.DashboardService;
import com.salesmachine.loadtest.standin.database.ConnectionPool;
import com.salesmachine.loadtest.standin.database.Database;
import com.salesmachine.loadtest.standin.database.ExecutorScheduler;
import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.emailqueue.CampaignEmails;
import com.salesmachine.loadtest.standin.emailqueue.EmailOutbox;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueue;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueueHandlers;
import com.salesmachine.loadtest.standin.emailqueue.EmailSender;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentEngine;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentHandlers;
import com.salesmachine.loadtest.standin.health.HealthHandler;
import com.salesmachine.loadtest.standin.http.ApiKeyCheck;
import com.salesmachine.loadtest.standin.http.ConditionalGets;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.H2cHold;
import com.salesmachine.loadtest.standin.http.HeldRequests;
import com.salesmachine.loadtest.standin.http.JettySetup;
import com.salesmachine.loadtest.standin.http.SplitServerTiming;
import com.salesmachine.loadtest.standin.metrics.JvmReader;
import com.salesmachine.loadtest.standin.metrics.MemoryLeak;
import com.salesmachine.loadtest.standin.metrics.MetricsHandler;
import com.salesmachine.loadtest.standin.prospects.ProspectHandlers;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.redis.RedisCommands;
import com.salesmachine.loadtest.standin.redis.RedisLatency;
import com.salesmachine.loadtest.standin.redis.RedisStore;
import com.salesmachine.loadtest.standin.redis.UpstashHandler;
import com.salesmachine.loadtest.standin.workflows.WorkflowEngine;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import com.salesmachine.loadtest.testusers.TestUser;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded stand-in Sales Machine API: a real HTTP server on 127.0.0.1 that keeps its data in
 * memory, models database latency and connection-pool saturation, and drains an email queue in the
 * background. Closing it stops everything it started.
 */
public final class StandInServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandInServer.class);
    private static final int SCHEDULER_THREADS = 2;

    private final Javalin app;
    private final Optional<AutoCloseable> ownedScheduler;
    private final EmailSender emailSender;
    private final HeldRequests held;
    private final String redisToken;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StandInServer(
            Javalin app,
            Optional<AutoCloseable> ownedScheduler,
            EmailSender emailSender,
            HeldRequests held,
            String redisToken) {
        this.app = app;
        this.ownedScheduler = ownedScheduler;
        this.emailSender = emailSender;
        this.held = held;
        this.redisToken = redisToken;
    }

    /** Starts on 127.0.0.1 at {@code config.port()} (0: a free port), holding exactly {@code accounts}. */
    public static StandInServer start(StandInConfig config, List<TestUser> accounts) {
        RandomGenerator latencyRandom =
                config.seed().isPresent() ? new Random(config.seed().getAsLong()) : new Random();
        var scheduler = new ExecutorScheduler(SCHEDULER_THREADS);
        try {
            return start(config, accounts, Clock.systemUTC(), latencyRandom, scheduler, Optional.of(scheduler));
        } catch (RuntimeException e) {
            scheduler.close();
            throw e;
        }
    }

    /**
     * Starts with the given time, service-time randomness and scheduler (for tests); the caller
     * keeps ownership of the scheduler.
     */
    public static StandInServer start(
            StandInConfig config,
            List<TestUser> accounts,
            Clock clock,
            RandomGenerator latencyRandom,
            Scheduler scheduler) {
        return start(config, accounts, clock, latencyRandom, scheduler, Optional.empty());
    }

    private static StandInServer start(
            StandInConfig config,
            List<TestUser> accounts,
            Clock clock,
            RandomGenerator latencyRandom,
            Scheduler scheduler,
            Optional<AutoCloseable> ownedScheduler) {
        var secureRandom = new SecureRandom();
        var serviceTimes = new ServiceTimeModel(config.latency(), config.latencyFactor(), latencyRandom);
        var redis = new RedisStore();
        var emails = new CampaignEmails(() -> UUID.randomUUID().toString());
        String redisToken = config.emailQueue().redisToken().orElseGet(() -> randomToken(secureRandom));
        StandInRoutes routes = wire(
                config,
                accounts,
                clock,
                latencyRandom,
                scheduler,
                secureRandom,
                serviceTimes,
                new EmailStack(redis, emails, redisToken));
        var sender = new EmailSender(redis, emails, config.emailQueue(), serviceTimes, scheduler);
        var held = new HeldRequests(scheduler, HeldRequests.BOUND);
        Javalin app = Javalin.create(javalin -> {
            JettySetup.apply(
                    javalin, config.port(), config.hangOnH2c() ? Optional.of(new H2cHold(held)) : Optional.empty());
            routes.addTo(javalin.routes);
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            app.stop();
            throw new SettingException(
                    StandInConfig.PORT,
                    "'" + config.port() + "' is already in use on " + JettySetup.HOST
                            + "; choose another port, or 0 for any free one");
        }
        sender.start();
        LOG.debug("Stand-in started on port {}: {}", app.port(), config);
        return new StandInServer(app, ownedScheduler, sender, held, redisToken);
    }

    /** The email queue's shared parts: its Redis store, the record of its emails, the store's REST token. */
    private record EmailStack(RedisStore redis, CampaignEmails emails, String redisToken) {}

    private static StandInRoutes wire(
            StandInConfig config,
            List<TestUser> accounts,
            Clock clock,
            RandomGenerator latencyRandom,
            Scheduler scheduler,
            SecureRandom secureRandom,
            ServiceTimeModel serviceTimes,
            EmailStack email) {
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        var tokens = new Tokens(clock, config.tokenTtl(), secureRandom, Tokens.DEFAULT_MAX_LIVE);
        var prospects = new ProspectStore(clock, ids, ProspectStore.DEFAULT_LIMIT);
        var campaigns = new CampaignStore(prospects, clock, ids, CampaignStore.DEFAULT_LIMIT);
        var db = new Database(
                new ConnectionPool(config.dbPoolSize(), config.dbPoolTimeout(), scheduler),
                serviceTimes,
                scheduler,
                config.fixedLatency());
        var database = new DatabaseResponder(db);
        var redisLatency = new RedisLatency(serviceTimes, scheduler);
        Optional<MemoryLeak> leak = config.leakPerRequest() == 0
                ? Optional.empty()
                : Optional.of(new MemoryLeak(
                        config.leakPerRequest(),
                        MemoryLeak.capFor(Runtime.getRuntime().maxMemory()),
                        config.nativeRuntime()));
        return new StandInRoutes(
                config.apiKey().map(key -> new ApiKeyCheck(key, UpstashHandler.PATH)),
                new SignedIn(tokens),
                new HealthHandler(version()),
                new MetricsHandler(
                        new JvmReader(() -> leak.map(MemoryLeak::retainedBytes).orElse(0L)), !config.nativeRuntime()),
                new LoginHandler(new LoginService(new Accounts(accounts, secureRandom), tokens), database),
                new ProspectHandlers(prospects, database),
                new CampaignHandlers(campaigns, database),
                new DashboardHandler(new DashboardService(prospects, campaigns, clock), database),
                new WorkflowHandlers(
                        new WorkflowEngine(config.workflows(), clock, latencyRandom, scheduler, prospects),
                        config.workflows().apiKey(),
                        config.workflows().flavor()),
                new EmailQueueHandlers(
                        campaigns,
                        new EmailOutbox(campaigns, email.emails()),
                        new EmailQueue(email.redis(), redisLatency),
                        db),
                new UpstashHandler(new RedisCommands(email.redis()), redisLatency, email.redisToken()),
                new EnrichmentHandlers(
                        new EnrichmentEngine(config.enrichment(), clock, latencyRandom, scheduler, prospects),
                        database),
                config.breaks().isEmpty() ? Optional.empty() : Optional.of(new BrokenAnswers(config.breaks())),
                config.etags()
                        ? Optional.of(
                                new ConditionalGets(List.of(UpstashHandler.PATH, EnrichmentHandlers.STANDIN_PATH)))
                        : Optional.empty(),
                config.splitServerTiming() ? Optional.of(new SplitServerTiming()) : Optional.empty(),
                leak);
    }

    /** Where the stand-in answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://" + JettySetup.HOST + ":" + port());
    }

    public int port() {
        return app.port();
    }

    /** The queue store's Upstash-compatible REST URL, the stand-in's {@code UPSTASH_REDIS_REST_URL}. */
    public URI upstashRestUrl() {
        return URI.create(baseUrl() + UpstashHandler.PATH);
    }

    /** The bearer token of {@link #upstashRestUrl()}: {@code standin.redisToken}, or random per start. A secret. */
    public String upstashRestToken() {
        return redisToken;
    }

    /** Requests held unanswered now ({@code standin.hangOnH2c}). */
    public int heldRequests() {
        return held.held();
    }

    /** Stops Jetty and the executors this server started, letting held requests go; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            emailSender.close();
            held.close();
            app.stop();
        } finally {
            ownedScheduler.ifPresent(StandInServer::closeQuietly);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Could not stop the stand-in's scheduler: {}", e.toString());
        }
    }

    private static String randomToken(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String version() {
        return Optional.ofNullable(StandInServer.class.getPackage().getImplementationVersion())
                .orElse("dev");
    }
}
