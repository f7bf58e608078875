package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.capacity.CapacityMeasure;
import com.salesmachine.loadtest.chains.AuthChains;
import com.salesmachine.loadtest.chains.EmailQueueChains;
import com.salesmachine.loadtest.chains.RedisProbeChains;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.emailqueue.EmailLedger;
import com.salesmachine.loadtest.emailqueue.EmailQueueReport;
import com.salesmachine.loadtest.emailqueue.ReconcileWindow;
import com.salesmachine.loadtest.endpoints.EmailQueueEndpoints;
import com.salesmachine.loadtest.load.PacedLoad;
import com.salesmachine.loadtest.run.RunBound;
import com.salesmachine.loadtest.run.SuiteRun;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;

/**
 * Email queue (seed scenario 2): users queue campaign emails at a paced rate while a probe times
 * the queue's Redis store directly; afterwards every campaign's emails are reconciled, and any
 * email the API answered as queued but no longer accounts for fails the run by name.
 */
public class EmailQueueSimulation extends Simulation {
    /**
     * The seed report's configuration: 50 users x 20 operations = 1,000 operations paced over
     * 5 minutes; users start over one pace (15 s) so operations arrive evenly.
     */
    static final LoadShape LOAD =
            LoadShape.of(50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20);

    /** The longest a user's preparation (log in, create its prospects; each request bounded) can take. */
    static final Duration PREPARATION_LIMIT =
            ReconcileWindow.REQUEST_TIMEOUT.multipliedBy(1 + EmailQueueChains.PROSPECTS_PER_USER);

    /** Virtual users reconciling campaigns side by side after the load. */
    private static final int RECONCILERS = 10;

    private static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final SuiteRun run = SuiteRun.start(
            getClass(),
            LOAD,
            RunBound.of((shape, settings) ->
                    ReconcileWindow.maxDuration(new PacedLoad(shape, PREPARATION_LIMIT), settings.reconcileTimeout())),
            CapacityMeasure.queueOperationsPerSecond(EmailQueueChains.QUEUE_OPERATIONS));

    {
        var paths = run.settings().paths();
        var paced = new PacedLoad(run.shape(), PREPARATION_LIMIT);
        var window = new ReconcileWindow(paced, run.settings().reconcileTimeout());
        var ledger = new EmailLedger();
        var auth = new AuthChains(paths);
        var emails =
                new EmailQueueChains(paths, run.metrics(), ledger, run.shape().thinkTime());
        var fakeData = run.fakeData();

        ScenarioBuilder operations = scenario("Email queue operations")
                .feed(run.testUsersFeeder())
                .exec(auth.authenticate())
                .exitHereIfFailed()
                .exec(emails.prepareProspects(fakeData))
                .exitHereIfFailed()
                .exec(emails.operations(window, fakeData));
        ScenarioBuilder reconciliation = scenario("Email reconciliation").exec(emails.reconcileEmails(window));

        var populations = new ArrayList<PopulationBuilder>(run.watchdog());
        populations.add(paced.populate(operations)
                .andThen(reconciliation.injectOpen(atOnceUsers(Math.min(RECONCILERS, paced.operations())))));
        run.target()
                .upstash()
                .ifPresent(store -> populations.add(new RedisProbeChains(run.metrics())
                        .probeUser(run.runId(), store, paced.shape(), PROBE_INTERVAL)));

        var report = new EmailQueueReport(
                run.metrics(),
                ledger,
                paced,
                emails::operationsNotStarted,
                run.target().upstash(),
                run.outbound(),
                run.runId());
        run.atFinish("the email queue's report", report::atEnd);

        setUp(populations).protocols(run.httpProtocol()).maxDuration(run.maxDuration());
        var slos = new Slos(run.settings().judging());
        run.slos(
                slos.apiP95(EmailQueueChains.QUEUE_CAMPAIGN_EMAILS, EmailQueueEndpoints.SEND),
                slos.apiP95(EmailQueueChains.QUEUE_CAMPAIGN_EMAILS, EmailQueueEndpoints.VERIFY_QUEUED),
                slos.globalErrorRate(),
                slos.none(EmailQueueReport.OPERATIONS_NOT_STARTED),
                slos.ran(EmailQueueChains.RECONCILE_EMAILS, EmailQueueEndpoints.RECONCILE),
                slos.noFailure(EmailQueueChains.RECONCILE_EMAILS, EmailQueueEndpoints.RECONCILE),
                slos.none(EmailQueueReport.CAMPAIGNS_NOT_RECONCILED));
        run.model(LoadModel.OPEN_PACED);
        run.intends(paced.operationsStarted(emails::operationsNotStarted));
    }

    @Override
    public void after() {
        run.finish();
    }
}
