package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.config.ApiPaths;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the dashboard area. */
public final class DashboardEndpoints {
    public static final String GET_DASHBOARD = "Get dashboard";

    private final ApiPaths paths;

    public DashboardEndpoints(ApiPaths paths) {
        this.paths = paths;
    }

    public HttpRequestActionBuilder get() {
        return http(GET_DASHBOARD)
                .get(paths.dashboard())
                .header("Authorization", AuthEndpoints.BEARER)
                .check(
                        status().is(200),
                        jsonPath("$.prospects.total").ofInt().gte(0),
                        jsonPath("$.campaigns.total").ofInt().gte(0));
    }
}
