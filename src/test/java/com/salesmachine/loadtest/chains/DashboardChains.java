package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.endpoints.DashboardEndpoints;
import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.ChainBuilder;

/** "Check the dashboard": what a seller looks at first. */
public final class DashboardChains {
    public static final String CHECK_DASHBOARD = "Check the dashboard";

    private final DashboardEndpoints dashboard;

    public DashboardChains(ApiPaths paths, RunMetrics metrics) {
        this.dashboard = new DashboardEndpoints(paths, metrics);
    }

    public ChainBuilder checkDashboard() {
        return group(CHECK_DASHBOARD).on(dashboard.get());
    }
}
