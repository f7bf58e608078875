package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.chains.AuthChains;
import com.salesmachine.loadtest.chains.CampaignChains;
import com.salesmachine.loadtest.chains.DashboardChains;
import com.salesmachine.loadtest.chains.ProspectChains;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.endpoints.CampaignEndpoints;
import com.salesmachine.loadtest.endpoints.DashboardEndpoints;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.run.SuiteRun;
import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * NFR3 endpoint benchmark (seed scenario 4): users mix the five core endpoints with think time;
 * each endpoint's p95 must stay under 500 ms and the error rate under 1 %.
 */
public class Nfr3BenchmarkSimulation extends Simulation {

    /** The seed report's configuration: 50 concurrent users for 5 minutes. */
    static final LoadShape LOAD = LoadShape.of(
            50, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 2);

    /** Requests in one pass: dashboard, three prospect calls, two campaign calls. */
    private static final int REQUESTS_PER_PASS = 6;

    private static final int P95_LIMIT_MS = 500;
    private static final double ERROR_RATE_LIMIT_PERCENT = 1.0;

    private final SuiteRun run = SuiteRun.start(getClass(), LOAD, REQUESTS_PER_PASS);

    {
        var paths = run.settings().paths();
        Duration think = run.shape().thinkTime();
        var auth = new AuthChains(paths);
        var dashboard = new DashboardChains(paths, run.metrics());
        var prospects = new ProspectChains(paths, run.metrics(), think);
        var campaigns = new CampaignChains(paths, run.metrics(), think);
        var fakeData = run.fakeDataFeeder();

        ScenarioBuilder users = scenario("NFR3 endpoint mix")
                .feed(run.testUsersFeeder())
                .exec(auth.authenticate())
                .exitHereIfFailed()
                .repeat(run.shape().passes())
                .on(
                        feed(fakeData),
                        Think.around(think),
                        dashboard.checkDashboard(),
                        Think.around(think),
                        prospects.workProspects(),
                        Think.around(think),
                        campaigns.manageCampaigns());

        setUp(run.populate(users))
                .protocols(run.httpProtocol())
                .maxDuration(run.maxDuration())
                .assertions(
                        p95(DashboardChains.CHECK_DASHBOARD, DashboardEndpoints.GET_DASHBOARD),
                        p95(ProspectChains.WORK_PROSPECTS, ProspectEndpoints.LIST_PROSPECTS),
                        p95(ProspectChains.WORK_PROSPECTS, ProspectEndpoints.CREATE_PROSPECT),
                        p95(CampaignChains.MANAGE_CAMPAIGNS, CampaignEndpoints.LIST_CAMPAIGNS),
                        p95(CampaignChains.MANAGE_CAMPAIGNS, CampaignEndpoints.CREATE_CAMPAIGN),
                        global().failedRequests().percent().lt(ERROR_RATE_LIMIT_PERCENT));
    }

    private static Assertion p95(String group, String request) {
        return details(group, request).responseTime().percentile(95.0).lt(P95_LIMIT_MS);
    }

    @Override
    public void after() {
        run.finish();
    }
}
