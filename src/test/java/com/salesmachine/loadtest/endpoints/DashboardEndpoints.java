package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.checks.JsonBody;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the dashboard area. */
public final class DashboardEndpoints {
    public static final String GET_DASHBOARD = "Get dashboard";

    private final ApiPaths paths;
    private final RunMetrics metrics;

    public DashboardEndpoints(ApiPaths paths, RunMetrics metrics) {
        this.paths = paths;
        this.metrics = metrics;
    }

    public HttpRequestActionBuilder get() {
        return http(GET_DASHBOARD)
                .get(paths.dashboard())
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, GET_DASHBOARD))
                .check(
                        status().is(200),
                        JsonBody.expect()
                                .wholeNumberAtLeast("prospects.total", 0)
                                .wholeNumberAtLeast("campaigns.total", 0)
                                .check());
    }
}
