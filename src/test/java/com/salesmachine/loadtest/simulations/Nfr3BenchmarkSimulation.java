package com.salesmachine.loadtest.simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import com.salesmachine.loadtest.capacity.CapacityMeasure;
import com.salesmachine.loadtest.chains.AuthChains;
import com.salesmachine.loadtest.chains.CampaignChains;
import com.salesmachine.loadtest.chains.DashboardChains;
import com.salesmachine.loadtest.chains.ProspectChains;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.endpoints.CampaignEndpoints;
import com.salesmachine.loadtest.endpoints.DashboardEndpoints;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.run.RunBound;
import com.salesmachine.loadtest.run.SuiteRun;
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

    /** Think times in one pass: before the dashboard, the prospects and the campaigns, and three within those. */
    private static final int THINK_TIMES_PER_PASS = 6;

    private final SuiteRun run =
            SuiteRun.start(getClass(), LOAD, RunBound.closed(THINK_TIMES_PER_PASS), CapacityMeasure.concurrentUsers());

    {
        var paths = run.settings().paths();
        Duration think = run.shape().thinkTime();
        var auth = new AuthChains(paths);
        var dashboard = new DashboardChains(paths, run.metrics());
        var prospects = new ProspectChains(paths, run.metrics(), think);
        var campaigns = new CampaignChains(paths, run.metrics(), think);
        var fakeData = run.fakeData();

        ScenarioBuilder users = scenario("NFR3 endpoint mix")
                .feed(run.testUsersFeeder())
                .exec(auth.authenticate())
                .exitHereIfFailed()
                .repeat(run.shape().passes())
                .on(
                        fakeData,
                        Think.around(think),
                        dashboard.checkDashboard(),
                        Think.around(think),
                        prospects.workProspects(),
                        Think.around(think),
                        campaigns.manageCampaigns());

        var slos = new Slos(run.settings().judging());
        run.slos(
                slos.apiP95(DashboardChains.CHECK_DASHBOARD, DashboardEndpoints.GET_DASHBOARD),
                slos.apiP95(ProspectChains.WORK_PROSPECTS, ProspectEndpoints.LIST_PROSPECTS),
                slos.apiP95(ProspectChains.WORK_PROSPECTS, ProspectEndpoints.CREATE_PROSPECT),
                slos.apiP95(CampaignChains.MANAGE_CAMPAIGNS, CampaignEndpoints.LIST_CAMPAIGNS),
                slos.apiP95(CampaignChains.MANAGE_CAMPAIGNS, CampaignEndpoints.CREATE_CAMPAIGN),
                slos.globalErrorRate());
        setUp(run.populate(users)).protocols(run.httpProtocol()).maxDuration(run.maxDuration());
    }

    @Override
    public void after() {
        run.finish();
    }
}
