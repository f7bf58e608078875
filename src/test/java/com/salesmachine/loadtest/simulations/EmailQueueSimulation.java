package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.chains.AuthChains;
import com.salesmachine.loadtest.chains.EmailQueueChains;
import com.salesmachine.loadtest.chains.RedisProbeChains;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.emailqueue.EmailLedger;
import com.salesmachine.loadtest.emailqueue.OperationsNotStarted;
import com.salesmachine.loadtest.emailqueue.ReconcileWindow;
import com.salesmachine.loadtest.emailqueue.UpstashClient;
import com.salesmachine.loadtest.emailqueue.UpstashRest;
import com.salesmachine.loadtest.endpoints.EmailQueueEndpoints;
import com.salesmachine.loadtest.endpoints.UpstashEndpoints;
import com.salesmachine.loadtest.load.PacedLoad;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.ServerTiming;
import com.salesmachine.loadtest.run.SuiteRun;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email queue (seed scenario 2): users queue campaign emails at a paced rate while a probe times
 * the queue's Redis store directly; afterwards every campaign's emails are reconciled, and any
 * email the API answered as queued but no longer accounts for fails the run by name.
 */
public class EmailQueueSimulation extends Simulation {
    private static final Logger LOG = LoggerFactory.getLogger(EmailQueueSimulation.class);

    /**
     * The seed report's configuration: 50 users x 20 operations = 1,000 operations paced over
     * 5 minutes; users start over one pace (15 s) so operations arrive evenly.
     */
    static final LoadShape LOAD =
            LoadShape.of(50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20);

    /**
     * The longest a user's preparation can take: log in and create its prospects, each request
     * bounded by the request time-out. A smoke run's operation starts however long that took.
     */
    static final Duration PREPARATION_LIMIT =
            ReconcileWindow.REQUEST_TIMEOUT.multipliedBy(1 + EmailQueueChains.PROSPECTS_PER_USER);

    /** Virtual users reconciling campaigns side by side after the load. */
    private static final int RECONCILERS = 10;

    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    private static final int P95_LIMIT_MS = 500;
    private static final double ERROR_RATE_LIMIT_PERCENT = 1.0;

    static final String EMAILS_QUEUED = "Emails queued (as the API answered)";
    static final String EMAILS_SENT = "Emails sent";
    static final String EMAILS_FAILED = "Emails failed";
    static final String EMAILS_STILL_QUEUED = "Emails still queued";
    static final String EMAILS_LOST = "Emails lost";
    static final String CAMPAIGNS_RECONCILED = "Campaigns reconciled";
    static final String CAMPAIGNS_WITH_LOSS = "Campaigns with lost emails";
    static final String CAMPAIGNS_NOT_RECONCILED = "Campaigns not reconciled";
    static final String QUEUE_OPERATIONS_PER_SECOND = "Queue operations per second";
    static final String OPERATIONS_NOT_STARTED = "Operations not started (time limit)";

    private final SuiteRun run = SuiteRun.start(
            getClass(),
            LOAD,
            (shape, settings) ->
                    ReconcileWindow.maxDuration(new PacedLoad(shape, PREPARATION_LIMIT), settings.reconcileTimeout()));
    private final EmailLedger ledger = new EmailLedger();
    private final EmailQueueChains emails;
    private final PacedLoad paced;

    {
        var paths = run.settings().paths();
        paced = new PacedLoad(run.shape(), PREPARATION_LIMIT);
        var window = new ReconcileWindow(paced, run.settings().reconcileTimeout());
        var auth = new AuthChains(paths);
        emails = new EmailQueueChains(paths, run.metrics(), ledger, run.shape().thinkTime());
        var fakeData = run.fakeDataFeeder();

        ScenarioBuilder operations = scenario("Email queue operations")
                .feed(run.testUsersFeeder())
                .exec(auth.authenticate())
                .exitHereIfFailed()
                .exec(emails.prepareProspects(fakeData))
                .exitHereIfFailed()
                .exec(emails.operations(window, fakeData));
        ScenarioBuilder reconciliation = scenario("Email reconciliation").exec(emails.reconcileEmails(window));

        var populations = new ArrayList<PopulationBuilder>();
        populations.add(paced.populate(operations)
                .andThen(reconciliation.injectOpen(atOnceUsers(Math.min(RECONCILERS, paced.operations())))));
        run.target().upstash().ifPresent(upstash -> populations.add(probe(upstash)));

        setUp(populations)
                .protocols(run.httpProtocol())
                .maxDuration(run.maxDuration())
                .assertions(
                        p95(EmailQueueEndpoints.SEND),
                        p95(EmailQueueEndpoints.VERIFY_QUEUED),
                        global().failedRequests().percent().lt(ERROR_RATE_LIMIT_PERCENT),
                        details(EmailQueueChains.RECONCILE_EMAILS, EmailQueueEndpoints.EVERY_OPERATION_STARTED)
                                .failedRequests()
                                .count()
                                .is(0L),
                        reconciled().allRequests().count().gt(0L),
                        reconciled().failedRequests().count().is(0L));
    }

    /** One user probing the queue's store through its own protocol: its URL and bearer token, nothing of the API's. */
    private PopulationBuilder probe(UpstashRest upstash) {
        var probes = new RedisProbeChains(run.metrics());
        // One probe a second while the operations run (their ramp-up and steady time).
        LoadShape shape = paced.shape();
        long cycles = shape.oneShot()
                ? 1
                : Math.max(1, shape.rampUp().plus(shape.steady()).dividedBy(PROBE_INTERVAL));
        ScenarioBuilder probe = scenario("Redis probe")
                .exec(probes.probe(run.runId(), (int) cycles, PROBE_INTERVAL))
                .exec(probes.removeProbeKeys());
        String token = upstash.token();
        return probe.injectOpen(atOnceUsers(1))
                .protocols(SuiteRun.protocolFor(upstash.url()).header("Authorization", session -> "Bearer " + token));
    }

    private static Assertion p95(String request) {
        return details(EmailQueueChains.QUEUE_CAMPAIGN_EMAILS, request)
                .responseTime()
                .percentile(95.0)
                .lt(P95_LIMIT_MS);
    }

    private static Assertion.WithPath reconciled() {
        return details(EmailQueueChains.RECONCILE_EMAILS, EmailQueueEndpoints.RECONCILE);
    }

    @Override
    public void after() {
        try {
            recordReconciliation();
            logRedisP95();
            removeProbeKeyLeftBehind();
        } finally {
            run.finish();
        }
    }

    private void recordReconciliation() {
        EmailLedger.Totals totals = ledger.totals();
        var metrics = run.metrics();
        metrics.count(EMAILS_QUEUED, totals.queued());
        metrics.count(EMAILS_SENT, totals.sent());
        metrics.count(EMAILS_FAILED, totals.failed());
        metrics.count(EMAILS_STILL_QUEUED, totals.stillQueued());
        metrics.count(EMAILS_LOST, totals.lost());
        metrics.count(CAMPAIGNS_RECONCILED, totals.reconciled());
        metrics.count(CAMPAIGNS_WITH_LOSS, totals.withLoss().size());
        metrics.count(CAMPAIGNS_NOT_RECONCILED, totals.notReconciled());
        long notStarted = emails.operationsNotStarted();
        metrics.count(OPERATIONS_NOT_STARTED, notStarted);
        if (notStarted > 0) {
            LOG.error("Operations: {}", OperationsNotStarted.describe(notStarted, paced));
        }
        ledger.queueOperationsPerSecond()
                .forEach(
                        n -> metrics.trend(QUEUE_OPERATIONS_PER_SECOND, "ops/s").record(n));
        String line = "Email reconciliation: " + totals.describe();
        if (totals.lost() > 0 || totals.notReconciled() > 0) {
            LOG.error(line);
        } else {
            LOG.info(line);
        }
    }

    /** Both views of Redis, side by side: as the API measures it, and as the probe sees the store directly. */
    private void logRedisP95() {
        var trends = run.metrics().snapshot().trends();
        String serverTiming = p95Of(trends, ServerTiming.REDIS_OPERATION_DURATION, "operations");
        String probe = run.target().upstash().isPresent()
                ? p95Of(trends, UpstashEndpoints.REDIS_OPERATION_DURATION, "commands")
                : "not run (UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN not set)";
        LOG.info("Redis operation duration p95: {} from Server-Timing; {} from the direct probe", serverTiming, probe);
    }

    private static String p95Of(List<MetricsSummary.Trend> trends, String name, String what) {
        return trends.stream()
                .filter(t -> t.name().equals(name) && t.count() > 0)
                .findFirst()
                .map(t -> String.format(Locale.ROOT, "%.1f ms (%,d %s)", t.p95(), t.count(), what))
                .orElse("none measured");
    }

    /** The probe deletes its key itself; this catches a probe cut short by the run's time limit. */
    private void removeProbeKeyLeftBehind() {
        run.target().upstash().ifPresent(upstash -> {
            String key = RedisProbeChains.probeKey(run.runId());
            try {
                long removed = new UpstashClient(upstash, run.outbound())
                        .command("DEL", key)
                        .asLong();
                if (removed > 0) {
                    LOG.warn("Removed the Redis probe key {} left behind", key);
                }
            } catch (IOException e) {
                LOG.warn("Could not remove the Redis probe key {}: {}", key, e.getMessage());
            }
        });
    }
}
