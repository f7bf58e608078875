package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.checks.JsonBody;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the campaigns area. */
public final class CampaignEndpoints {
    public static final String LIST_CAMPAIGNS = "List campaigns";
    public static final String CREATE_CAMPAIGN = "Create campaign";

    private final ApiPaths paths;
    private final RunMetrics metrics;

    public CampaignEndpoints(ApiPaths paths, RunMetrics metrics) {
        this.paths = paths;
        this.metrics = metrics;
    }

    public HttpRequestActionBuilder list() {
        return http(LIST_CAMPAIGNS)
                .get(paths.campaigns() + "?page=1&pageSize=20")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, LIST_CAMPAIGNS))
                .check(
                        status().is(200),
                        JsonBody.expect()
                                .array("items")
                                .wholeNumberAtLeast("total", 0)
                                .check());
    }

    /** Creates the fed campaign around the prospect created last, and keeps its id. */
    public HttpRequestActionBuilder createWithLastProspect() {
        return http(CREATE_CAMPAIGN)
                .post(paths.campaigns())
                .header("Authorization", AuthEndpoints.BEARER)
                .body(StringBody(CampaignEndpoints::bodyWithLastProspect))
                .transformResponse(ServerTiming.recorder(metrics, CREATE_CAMPAIGN))
                .check(
                        status().is(201),
                        header("Location").exists(),
                        JsonBody.expect()
                                .text("status", "draft")
                                .textFromSession("prospectIds[0]", SessionKeys.PROSPECT_ID)
                                .saveText("id", SessionKeys.CAMPAIGN_ID));
    }

    /** Creates the fed campaign without prospects, and keeps its id. */
    public HttpRequestActionBuilder create() {
        return http(CREATE_CAMPAIGN)
                .post(paths.campaigns())
                .header("Authorization", AuthEndpoints.BEARER)
                .body(StringBody("#{" + SessionKeys.CAMPAIGN_BODY + "}"))
                .transformResponse(ServerTiming.recorder(metrics, CREATE_CAMPAIGN))
                .check(
                        status().is(201),
                        header("Location").exists(),
                        JsonBody.expect().text("status", "draft").saveText("id", SessionKeys.CAMPAIGN_ID));
    }

    private static String bodyWithLastProspect(Session session) {
        return FakeData.withProspect(
                session.getString(SessionKeys.CAMPAIGN_BODY), session.getString(SessionKeys.PROSPECT_ID));
    }
}
