package com.salesmachine.loadtest.standin.dashboard;

import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import java.time.Clock;

/** The dashboard rule: an account's totals come from its own prospects and campaigns only. */
public final class DashboardService {
    private final ProspectStore prospects;
    private final CampaignStore campaigns;
    private final Clock clock;

    public DashboardService(ProspectStore prospects, CampaignStore campaigns, Clock clock) {
        this.prospects = prospects;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public Dashboard of(String owner) {
        return new Dashboard(prospects.counts(owner), campaigns.counts(owner), clock.instant());
    }
}
