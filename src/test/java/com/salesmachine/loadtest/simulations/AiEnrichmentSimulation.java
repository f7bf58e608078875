package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.capacity.CapacityMeasure;
import com.salesmachine.loadtest.chains.AuthChains;
import com.salesmachine.loadtest.chains.EnrichmentChains;
import com.salesmachine.loadtest.config.EnrichmentSettings;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.endpoints.EnrichmentEndpoints;
import com.salesmachine.loadtest.load.Pacing;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.metrics.WorkflowThroughput;
import com.salesmachine.loadtest.ratelimit.RateLimitReconciliation;
import com.salesmachine.loadtest.results.WorkIntent;
import com.salesmachine.loadtest.run.PreLoadChecks;
import com.salesmachine.loadtest.run.RunBound;
import com.salesmachine.loadtest.run.SuiteRun;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * AI enrichment under the provider's rate limit (seed scenario 3): users log in, add a prospect,
 * ask for its AI enrichment, retrying politely while the AI budget is spent (429), poll it to
 * completion and verify its data. The trigger's p95 must stay under 500 ms, and enrichments that
 * fail after their retries plus real errors under 1 %; handled throttling is not an error, and is
 * reported on its own (429s, share of enrichments throttled).
 *
 * One enrichment per user per {@code enrichmentPacing} slot: docs/SCENARIO-ENRICHMENT.md has the design.
 */
public class AiEnrichmentSimulation extends Simulation {

    /** The seed report's configuration: 100 concurrent users, 1 min ramp-up, 3 min steady, 1 min ramp-down. */
    static final LoadShape LOAD = LoadShape.of(
            100, Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofSeconds(1), 1);

    /** One think time per pass (between adding the prospect and asking for its enrichment). */
    private static final int THINK_TIMES_PER_PASS = 1;

    private final SuiteRun run = SuiteRun.start(
            getClass(),
            LOAD,
            RunBound.closed(THINK_TIMES_PER_PASS, s -> boundedWait(s.enrichment())),
            CapacityMeasure.enrichmentsPerMinute());
    private final WorkflowThroughput throughput = WorkflowThroughput.forEnrichments();
    private final RateLimitReconciliation reconciliation =
            new RateLimitReconciliation(run.target().baseUrl(), run.outbound());

    {
        PreLoadChecks.enrichmentPath(run);
        run.atStart("the enrichment throughput's clock", () -> throughput.injectionStarts(System.currentTimeMillis()));
        run.atStart("the stand-in's 429 counters", reconciliation::atStart);
        run.atFinish("the enrichment throughput", () -> throughput.recordTo(run.metrics(), run.shape()));
        run.atFinish("the 429 reconciliation", () -> reconciliation.atEnd(run.metrics()));
        EnrichmentSettings settings = run.settings().enrichment();
        var auth = new AuthChains(run.settings().paths());
        var enrichment = new EnrichmentChains(run.settings().paths(), settings, run.metrics(), throughput);

        ChainBuilder pass = exec(
                run.fakeData(),
                enrichment.addProspect(),
                Think.around(run.shape().thinkTime()),
                enrichment.enrichProspect(),
                enrichment.verifyEnrichment());
        // The smoke profile sends every request once, without waiting: no pacing there.
        ChainBuilder passes = run.shape().oneShot()
                ? pass
                : new Pacing(settings.pacing(), run.settings().seed())
                        .slots(run.shape().passes(), pass);

        ScenarioBuilder users = scenario("AI enrichment")
                .feed(run.testUsersFeeder())
                .exec(auth.authenticate())
                .exitHereIfFailed()
                .exec(passes);

        setUp(run.populate(users)).protocols(run.httpProtocol()).maxDuration(run.maxDuration());
        var slos = new Slos(run.settings().judging());
        run.slos(
                slos.apiP95(EnrichmentChains.ENRICH_PROSPECT, EnrichmentEndpoints.TRIGGER_ENRICHMENT),
                slos.errorRate(EnrichmentChains.ENRICH_PROSPECT),
                slos.globalErrorRate());
        run.model(LoadModel.CLOSED_PACED);
        run.intends(WorkIntent.groupRate(
                "enrichments offered (steady)",
                EnrichmentChains.ENRICH_PROSPECT,
                run.shape().users() / (settings.pacing().toMillis() / 1000.0)));
    }

    /** What one pass may wait beyond its think time: its pacing slot, the rate limit's cap, the polling's. */
    private static Duration boundedWait(EnrichmentSettings settings) {
        return settings.pacing().plus(settings.rateLimitMaxWait()).plus(settings.timeout());
    }

    @Override
    public void before() {
        run.started();
    }

    @Override
    public void after() {
        run.finish();
    }
}
