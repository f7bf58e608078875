package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.checks.JsonBody;
import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** Calls of the prospects area. */
public final class ProspectEndpoints {
    public static final String LIST_PROSPECTS = "List prospects";
    public static final String CREATE_PROSPECT = "Create prospect";
    public static final String GET_PROSPECT = "Get prospect";
    public static final String FIND_SCRAPED_PROSPECT = "Find scraped prospect";

    private final ApiPaths paths;
    private final RunMetrics metrics;

    public ProspectEndpoints(ApiPaths paths, RunMetrics metrics) {
        this.paths = paths;
        this.metrics = metrics;
    }

    /** First page of the caller's prospects with the fed status. */
    public HttpRequestActionBuilder list() {
        return http(LIST_PROSPECTS)
                // The query as text: the fed status is a plain word, and a literal query costs Gatling no
                // parameter list to build and encode on every call.
                .get(paths.prospects() + "?page=1&pageSize=20&status=#{" + SessionKeys.STATUS_FILTER + "}")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, LIST_PROSPECTS))
                .check(
                        status().is(200),
                        JsonBody.expect()
                                .array("items")
                                .wholeNumber("page", 1)
                                .wholeNumberAtLeast("total", 0)
                                .check());
    }

    /** Creates the fed prospect and keeps its id. */
    public HttpRequestActionBuilder create() {
        return http(CREATE_PROSPECT)
                .post(paths.prospects())
                .header("Authorization", AuthEndpoints.BEARER)
                .body(StringBody("#{" + SessionKeys.PROSPECT_BODY + "}"))
                .transformResponse(ServerTiming.recorder(metrics, CREATE_PROSPECT))
                .check(
                        status().is(201),
                        header("Location").exists(),
                        JsonBody.expect().present("createdAt").saveText("id", SessionKeys.PROSPECT_ID));
    }

    /** Reads back the prospect created last. */
    public HttpRequestActionBuilder get() {
        return http(GET_PROSPECT)
                .get(paths.prospects() + "/#{" + SessionKeys.PROSPECT_ID + "}")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, GET_PROSPECT))
                .check(
                        status().is(200),
                        JsonBody.expect()
                                .textFromSession("id", SessionKeys.PROSPECT_ID)
                                .present("email")
                                .check());
    }

    /** Finds the prospect a LinkedIn scrape created, by the tag only that scrape carried. */
    public HttpRequestActionBuilder findScraped() {
        return http(FIND_SCRAPED_PROSPECT)
                .get(paths.prospects())
                .queryParam("tag", "#{" + SessionKeys.SCRAPE_TAG + "}")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, FIND_SCRAPED_PROSPECT))
                .check(
                        status().is(200),
                        JsonBody.expect()
                                .wholeNumber("total", 1)
                                .text("items[0].source", "linkedin")
                                .textFromSession("items[0].linkedinUrl", SessionKeys.LINKEDIN_URL)
                                .check());
    }
}
