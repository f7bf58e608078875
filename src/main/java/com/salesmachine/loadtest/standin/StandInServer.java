package com.salesmachine.loadtest.standin;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.standin.auth.Accounts;
import com.salesmachine.loadtest.standin.auth.LoginHandler;
import com.salesmachine.loadtest.standin.auth.LoginService;
import com.salesmachine.loadtest.standin.auth.SignedIn;
import com.salesmachine.loadtest.standin.auth.Tokens;
import com.salesmachine.loadtest.standin.campaigns.CampaignHandlers;
import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import com.salesmachine.loadtest.standin.dashboard.DashboardHandler;
import com.salesmachine.loadtest.standin.dashboard.DashboardService;
import com.salesmachine.loadtest.standin.database.ConnectionPool;
import com.salesmachine.loadtest.standin.database.Database;
import com.salesmachine.loadtest.standin.database.ExecutorScheduler;
import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.database.ServiceTimeModel;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentEngine;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentHandlers;
import com.salesmachine.loadtest.standin.health.HealthHandler;
import com.salesmachine.loadtest.standin.http.ApiKeyCheck;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.JettySetup;
import com.salesmachine.loadtest.standin.prospects.ProspectHandlers;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.workflows.WorkflowEngine;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import com.salesmachine.loadtest.testusers.TestUser;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
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
 * memory and models database latency and connection-pool saturation. Closing it stops everything it started.
 */
public final class StandInServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandInServer.class);
    private static final int SCHEDULER_THREADS = 2;

    private final Javalin app;
    private final Optional<AutoCloseable> ownedScheduler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StandInServer(Javalin app, Optional<AutoCloseable> ownedScheduler) {
        this.app = app;
        this.ownedScheduler = ownedScheduler;
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
        StandInRoutes routes = wire(config, accounts, clock, latencyRandom, scheduler);
        Javalin app = Javalin.create(javalin -> {
            JettySetup.apply(javalin, config.port());
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
        LOG.debug("Stand-in started on port {}: {}", app.port(), config);
        return new StandInServer(app, ownedScheduler);
    }

    private static StandInRoutes wire(
            StandInConfig config,
            List<TestUser> accounts,
            Clock clock,
            RandomGenerator latencyRandom,
            Scheduler scheduler) {
        var secureRandom = new SecureRandom();
        Supplier<String> ids = () -> UUID.randomUUID().toString();
        var tokens = new Tokens(clock, config.tokenTtl(), secureRandom, Tokens.DEFAULT_MAX_LIVE);
        var prospects = new ProspectStore(clock, ids, ProspectStore.DEFAULT_LIMIT);
        var campaigns = new CampaignStore(prospects, clock, ids, CampaignStore.DEFAULT_LIMIT);
        var database = new DatabaseResponder(new Database(
                new ConnectionPool(config.dbPoolSize(), config.dbPoolTimeout(), scheduler),
                new ServiceTimeModel(config.latency(), config.latencyFactor(), latencyRandom),
                scheduler));
        return new StandInRoutes(
                config.apiKey().map(ApiKeyCheck::new),
                new SignedIn(tokens),
                new HealthHandler(version()),
                new LoginHandler(new LoginService(new Accounts(accounts, secureRandom), tokens), database),
                new ProspectHandlers(prospects, database),
                new CampaignHandlers(campaigns, database),
                new DashboardHandler(new DashboardService(prospects, campaigns, clock), database),
                new WorkflowHandlers(
                        new WorkflowEngine(config.workflows(), clock, latencyRandom, scheduler, prospects),
                        config.workflows().apiKey()),
                new EnrichmentHandlers(
                        new EnrichmentEngine(config.enrichment(), clock, latencyRandom, scheduler, prospects),
                        database));
    }

    /** Where the stand-in answers, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://" + JettySetup.HOST + ":" + port());
    }

    public int port() {
        return app.port();
    }

    /** Stops Jetty and the executors this server started; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
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

    private static String version() {
        return Optional.ofNullable(StandInServer.class.getPackage().getImplementationVersion())
                .orElse("dev");
    }
}
