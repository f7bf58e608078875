package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.endpoints.CampaignEndpoints;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** "Manage campaigns": look at the campaigns, start one around the prospect just added. */
public final class CampaignChains {
    public static final String MANAGE_CAMPAIGNS = "Manage campaigns";

    private final CampaignEndpoints campaigns;
    private final Duration thinkTime;

    public CampaignChains(ApiPaths paths, RunMetrics metrics, Duration thinkTime) {
        this.campaigns = new CampaignEndpoints(paths, metrics);
        this.thinkTime = thinkTime;
    }

    public ChainBuilder manageCampaigns() {
        return group(MANAGE_CAMPAIGNS)
                .on(campaigns.list(), Think.around(thinkTime), campaigns.createWithLastProspect());
    }
}
