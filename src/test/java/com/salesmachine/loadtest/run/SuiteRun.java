package com.salesmachine.loadtest.run;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.salesmachine.loadtest.capacity.CapacityMeasure;
import com.salesmachine.loadtest.capacity.CapacitySearch;
import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Secrets;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.config.UserCapacity;
import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.data.Feeders;
import com.salesmachine.loadtest.data.RunId;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.load.ClosedLoad;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.preflight.Preflight;
import com.salesmachine.loadtest.preflight.PreflightException;
import com.salesmachine.loadtest.results.RunPublisher;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.SteadyWindow;
import com.salesmachine.loadtest.results.WorkIntent;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.metrics.MetricsHandler;
import com.salesmachine.loadtest.stop.StageFindings;
import com.salesmachine.loadtest.stop.StopCriteria;
import com.salesmachine.loadtest.stop.StopWatchdog;
import com.salesmachine.loadtest.targetmetrics.TargetMetricsSampler;
import com.salesmachine.loadtest.targetmetrics.TargetWatch;
import com.salesmachine.loadtest.testusers.TestUser;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.Stop;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulation run's context, built before any protocol: validated settings, the test accounts,
 * the target (started and checked), the load shape and the run id. Bad input ends the JVM with one
 * line and exit code {@value com.salesmachine.loadtest.config.ExitCodes#BAD_INPUT} before any load is sent.
 */
public final class SuiteRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SuiteRun.class);

    private final Class<?> simulation;
    private final Settings settings;
    private final LoadShape shape;
    private final List<TestUser> accounts;
    private final Target target;
    private final String environment;
    private final String runId;
    private final RunBound bound;
    private final long startMillis;
    private final Outbound outbound;
    /** The run's secrets (keys, tokens, the accounts' passwords), masked in every line it prints. */
    private final Secrets secrets;
    /** The target's own resources, scraped from its metrics; empty when there are none to scrape. */
    private final Optional<TargetWatch> targetWatch;

    private final RunMetrics metrics = new RunMetrics();
    private final RunJudgement judgement;

    /** The stop criteria, when the run has them (see {@link #watchdog()}). */
    private StopWatchdog watchdog;

    private final List<Hook> atStart = new ArrayList<>();
    private final List<Hook> atFinish = new ArrayList<>();

    /** Work a simulation adds to its start or its end, named for the log when it fails. */
    private record Hook(String name, Runnable work) {}

    private SuiteRun(
            Class<?> simulation,
            Settings settings,
            LoadShape shape,
            List<TestUser> accounts,
            Target target,
            String environment,
            String runId,
            RunBound bound,
            long startMillis,
            Outbound outbound,
            Secrets secrets,
            Optional<TargetWatch> targetWatch) {
        this.simulation = simulation;
        this.settings = settings;
        this.shape = shape;
        this.accounts = accounts;
        this.target = target;
        this.environment = environment;
        this.runId = runId;
        this.bound = bound;
        this.startMillis = startMillis;
        this.outbound = outbound;
        this.secrets = secrets;
        this.targetWatch = targetWatch;
        this.judgement = new RunJudgement(settings);
    }

    /**
     * The one way in, for simulations: validates the settings, reads the accounts, starts (or names)
     * the target and checks it, or ends the run with one line and exit code
     * {@value com.salesmachine.loadtest.config.ExitCodes#BAD_INPUT} before any load is sent.
     */
    public static SuiteRun start(Class<?> simulation, LoadShape load, RunBound bound) {
        return start(simulation, load, bound, CapacityMeasure.concurrentUsers());
    }

    /**
     * As {@link #start(Class, LoadShape, RunBound)}, for a simulation whose capacity is counted in
     * {@code capacity}'s unit. With the breakpoint profile and no level, the run is a capacity search:
     * its steps run in this JVM, and the JVM ends with the search's exit code before any load of its own.
     */
    public static SuiteRun start(Class<?> simulation, LoadShape load, RunBound bound, CapacityMeasure capacity) {
        SettingSource source = CapacitySearch.settingsFor(SettingSource.fromSystem());
        try {
            SuiteRun run = create(source, simulation, load, bound, Clock.systemUTC());
            StartBanner.log(run);
            if (run.settings.isCapacitySearch()) {
                run.close();
                RunJudgement.exitJvm(
                        new CapacitySearch(simulation, load, run.settings, capacity, Clock.systemUTC()).run());
            }
            run.judgement.forSimulation(!CapacitySearch.inSearch());
            run.targetWatch.ifPresent(w -> w.sampler().start());
            return run;
        } catch (RuntimeException e) {
            if (!BadInput.isBadInput(e)) {
                throw e;
            }
            throw BadInput.exit(e, Secrets.from(source));
        }
    }

    /**
     * For a scenario's own checks before any load (its webhook, say): returns what {@code check}
     * returns, or ends the run like bad input when it throws a {@link SettingException},
     * {@link PreflightException} or {@link OutboundException}. Keeps every pre-load refusal on
     * SuiteRun's one path.
     */
    public <T> T beforeLoad(java.util.function.Function<SuiteRun, T> check) {
        try {
            return check.apply(this);
        } catch (RuntimeException e) {
            if (!BadInput.isBadInput(e)) {
                throw e;
            }
            close();
            throw BadInput.exit(e, secrets);
        }
    }

    /** What {@link #start} does, throwing instead of exiting (for tests and commands). */
    public static SuiteRun create(
            SettingSource source, Class<?> simulation, LoadShape load, RunBound bound, Clock clock) {
        Settings settings = Settings.load(source);
        LoadShape shape = settings.shapeFor(load);
        UserCapacity.ofThisJvm(source).check(shape.users());
        RunInputs.checkWritable(settings.resultsDir());
        List<TestUser> allAccounts = RunInputs.accounts(settings);
        List<TestUser> accounts = RunInputs.shardOf(settings, allAccounts);
        var guard = new ProductionGuard(settings.productionHosts(), settings.allowProduction());
        RunInputs.guardKnownUrls(settings, guard);
        Target target = Target.start(settings, source, allAccounts);
        try {
            if (target.isStandIn()) {
                guard.trust(target.baseUrl());
            }
            var outbound = new Outbound(guard, settings.apiKey());
            var preflight = new Preflight(outbound);
            String environment =
                    preflight.checkHealth(target.baseUrl(), settings.paths().health());
            preflight.checkLogin(URI.create(target.baseUrl() + settings.paths().login()), accounts.get(0));
            Optional<TargetWatch> targetWatch = targetWatch(settings, target, guard, clock);
            return new SuiteRun(
                    simulation,
                    settings,
                    shape,
                    accounts,
                    target,
                    environment,
                    settings.runId().orElseGet(() -> RunId.create(clock, new SecureRandom())),
                    bound,
                    clock.millis(),
                    outbound,
                    Secrets.from(source).with(accounts),
                    targetWatch);
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    /**
     * The target's metrics: {@code METRICS_URL}, else the embedded stand-in's own {@code /metrics};
     * none for an external API without it. One scrape now, so a URL that does not answer metrics is
     * refused before any load.
     */
    private static Optional<TargetWatch> targetWatch(
            Settings settings, Target target, ProductionGuard guard, Clock clock) {
        Optional<URI> url = settings.targetMetrics()
                .url()
                .or(() -> target.isStandIn()
                        ? Optional.of(URI.create(target.baseUrl() + MetricsHandler.PATH))
                        : Optional.empty());
        return url.map(u -> {
            var sampler =
                    new TargetMetricsSampler(guard, u, settings.targetMetrics().interval(), clock);
            sampler.check();
            return new TargetWatch(sampler);
        });
    }

    /** Whether the target's resources are measured this run, and where from (for the start banner). */
    Optional<TargetWatch> targetWatch() {
        return targetWatch;
    }

    Class<?> simulation() {
        return simulation;
    }

    Secrets secrets() {
        return secrets;
    }

    String environment() {
        return environment;
    }

    public Settings settings() {
        return settings;
    }

    public LoadShape shape() {
        return shape;
    }

    public String runId() {
        return runId;
    }

    public Target target() {
        return target;
    }

    /** The test accounts of this run, in the order the feeder hands them out. */
    public List<TestUser> accounts() {
        return accounts;
    }

    public Iterator<Map<String, Object>> testUsersFeeder() {
        return Feeders.testUsers(accounts);
    }

    /**
     * The step that puts the next fake prospect body, campaign body (both JSON text) and status filter
     * in the session: a session function rather than a feeder, which would convert each row to Scala's
     * collections. One sequence per call (a simulation that feeds from two places shares one step).
     */
    public ChainBuilder fakeData() {
        var data = fakeDataSource();
        return exec(session -> session.set(SessionKeys.PROSPECT_BODY, data.prospectJson())
                .set(SessionKeys.CAMPAIGN_BODY, data.campaignJson())
                .set(SessionKeys.STATUS_FILTER, data.statusFilter()));
    }

    /** LinkedIn profiles to scrape, each with a tag unique in this run. */
    public Iterator<Map<String, Object>> scrapeFeeder() {
        return Feeders.scrapes(fakeDataSource(), runId, settings.shard().namePrefix());
    }

    /** This injector's fake data: the run's seed and sequence, or, for a shard, its own. */
    FakeData fakeDataSource() {
        var shard = settings.shard();
        return new FakeData(shard.seed(settings.seed()), runId, shard.namePrefix());
    }

    /** The guarded client for calls outside the load (reconciliation, the queue-store client). */
    public Outbound outbound() {
        return outbound;
    }

    /**
     * A protocol for {@code baseUrl} with what every protocol of the suite has: no HTTP cache (a
     * load test makes the server do the work it measures, and a {@code 304} is never a fake error),
     * no redirects followed (a redirect is an answer its check judges; the guard never sees a
     * followed URL), JSON accepted, the suite's user agent. The URL must already have passed the guard.
     */
    public static HttpProtocolBuilder protocolFor(URI baseUrl) {
        return http.baseUrl(baseUrl.toString())
                .disableCaching()
                .disableFollowRedirect()
                .acceptHeader("application/json")
                .userAgentHeader("sales-machine-loadtest");
    }

    public HttpProtocolBuilder httpProtocol() {
        HttpProtocolBuilder protocol = protocolFor(target.baseUrl()).contentTypeHeader("application/json");
        if (settings.apiKey().isPresent()) {
            String key = settings.apiKey().get();
            protocol = protocol.header("X-API-Key", session -> key);
        }
        return protocol;
    }

    /**
     * The scenario injected with this run's shape (closed model: {@code users} is concurrency), and
     * the stop criteria's watchdog when the run has them ({@link #watchdog()}).
     */
    public List<PopulationBuilder> populate(ScenarioBuilder scenario) {
        var populations = new ArrayList<PopulationBuilder>();
        populations.add(ClosedLoad.populate(shape, scenario));
        populations.addAll(watchdog());
        return populations;
    }

    /**
     * The stop criteria's watchdog population when {@code stopOnBreach} is on (none for a one-shot
     * shape, which has no window to judge): for a simulation that builds its own populations; called
     * once, by it or by {@link #populate}.
     */
    public List<PopulationBuilder> watchdog() {
        if (watchdog != null) {
            throw new IllegalStateException("the stop criteria's watchdog is already in this run's populations");
        }
        if (!settings.stopOnBreach() || shape.oneShot()) {
            return List.of();
        }
        watchdog = StopWatchdog.start(
                judgement::slos,
                settings.stopWindow(),
                RunPublisher.GATLING_RESULTS,
                simulation.getSimpleName(),
                startMillis);
        return List.of(watchdog.population(shape.injectionTime()));
    }

    /** The hard bound of the run, from its {@link RunBound}. */
    public Duration maxDuration() {
        return bound.maxDuration(shape, settings);
    }

    @Override
    public void close() {
        targetWatch.ifPresent(w -> w.sampler().stop());
        if (watchdog != null) {
            watchdog.close();
        }
        target.close();
    }

    /** What the scenarios record beside Gatling's requests; written to the run's summary. */
    public RunMetrics metrics() {
        return metrics;
    }

    /** Adds work to the run's start (the simulation's {@code before()}), run in the order added. */
    public void atStart(String name, Runnable work) {
        atStart.add(new Hook(name, work));
    }

    /**
     * Adds work to the run's end, run in the order added, after the load and before the target stops
     * (so a reconciliation still reaches an embedded stand-in); a hook that fails is a WARN line and
     * never loses the run's results.
     */
    public void atFinish(String name, Runnable work) {
        atFinish.add(new Hook(name, work));
    }

    private volatile boolean started;

    /** For a simulation's {@code before()}: runs the start hooks. */
    public void started() {
        started = true;
        atStart.forEach(SuiteRun::runHook);
    }

    /**
     * The run's objectives, judged by the suite after the run on its own reading of the log (Gatling
     * is given none, so one reading decides the exit code, the console and every file).
     */
    public void slos(Slo... objectives) {
        judgement.add(objectives);
    }

    /** Work the simulation means to do beyond users and sessions (operations, an offered rate). */
    public void intends(WorkIntent intent) {
        judgement.add(intent);
    }

    /** How the simulation offers its load; {@link LoadModel#CLOSED} unless it says otherwise. */
    public void model(LoadModel offered) {
        judgement.model(offered);
    }

    /** The steady-state window of the shape, from the injection's start; none for a one-shot shape. */
    private Optional<SteadyWindow> steadyWindow() {
        return RunJudgement.steadyWindow(shape);
    }

    /**
     * For a simulation's {@code after()}: runs the finish hooks, stops the target, reads and judges the
     * run, publishes it into the results folder, prints the verdict, and ends the JVM with the verdict's
     * exit code when it is not PASS ({@value ExitCodes#SLO_FAILED} FAIL, {@value ExitCodes#INVALID}
     * INVALID, 1 when the results could not be written).
     */
    public void finish() {
        if (!started && !atStart.isEmpty()) {
            LOG.warn("The simulation's before() did not call started(): {} start hooks never ran", atStart.size());
        }
        // The target is measured over the load, not the finish hooks' own calls.
        targetWatch.ifPresent(w -> w.sampler().stop());
        Optional<Stop> stop = Optional.empty();
        if (watchdog != null) {
            watchdog.close();
            stop = watchdog.stopped();
        }
        atFinish.forEach(SuiteRun::runHook);
        close();
        var facts = new RunPublisher.RunFacts(
                simulation,
                runId,
                settings.profile().name(),
                loadFacts(),
                steadyWindow(),
                targetFacts(),
                startMillis,
                targetWatch
                        .<com.salesmachine.loadtest.results.TargetView>map(w -> w)
                        .orElse(com.salesmachine.loadtest.results.TargetView.NONE),
                settings.shard().isSharded()
                        ? Optional.of(new RunSummary.Shard(
                                settings.shard().index(), settings.shard().count()))
                        : Optional.empty());
        var findings = new StageFindings(
                shape,
                settings.profile().name().equals("spike"),
                new StopCriteria(judgement.slos(), settings.stopWindow()));
        judgement.end(facts, shape, settings, metrics, stop, findings);
    }

    private static void runHook(Hook hook) {
        try {
            hook.work().run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", hook.name(), e.toString());
        }
    }

    private RunSummary.Load loadFacts() {
        return new RunSummary.Load(
                judgement.model().id(),
                judgement.model().description(),
                shape.users(),
                shape.rampUp().toMillis() / 1000.0,
                shape.steady().toMillis() / 1000.0,
                shape.rampDown().toMillis() / 1000.0,
                shape.thinkTime().toMillis(),
                shape.passes(),
                shape.oneShot(),
                maxDuration().toMillis() / 1000.0);
    }

    private RunSummary.Target targetFacts() {
        return new RunSummary.Target(
                target.isStandIn() ? RunSummary.Target.STAND_IN : RunSummary.Target.EXTERNAL,
                SettingSource.mask(target.baseUrl().toString()),
                environment);
    }
}
