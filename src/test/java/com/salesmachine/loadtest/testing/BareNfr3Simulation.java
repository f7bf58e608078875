package com.salesmachine.loadtest.testing;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The yardstick of {@code ci/bench-injector.sh}: the NFR3 benchmark's six calls (dashboard, list,
 * create and get a prospect, list and create a campaign) as plain Gatling, status checks only, one
 * log-in per user and two passes a user like the suite's closed model, no think time, fixed bodies,
 * no feeders but the accounts, no groups, no metrics of the suite's own. Not a load test of the
 * suite (the plugin skips {@code testing.*}); run it by name with {@code API_BASE_URL},
 * {@code -Dusers=64} and {@code -Dduration=30s}, or {@code -Dprofile=smoke} for one user's two passes.
 */
public class BareNfr3Simulation extends Simulation {
    // Bodies the size of the suite's fake ones (about 300 and 280 characters before the prospect's id),
    // so that both move the same bytes and the comparison is of checks, feeders and metrics only.
    private static final String PROSPECT = """
            {"firstName":"Joseph","lastName":"McLaughlin","email":"joseph.mclaughlin.2001@hettinger-group.example.com",\
            "company":"Hettinger Group","title":"Senior Design Administrator",\
            "linkedinUrl":"https://www.linkedin.com/in/joseph-mclaughlin-ec61cd","status":"new",\
            "tags":["loadtest","run:lt-20261202-071500-bare"]}""";
    private static final String CAMPAIGN_START = """
            {"name":"Load test: Small Copper Watch","subject":"A better way to buy small copper watch",\
            "body":"Animi distinctio nam distinctio nesciunt eos. Reiciendis harum eius distinctio blanditiis aut. \
            Omnis voluptatem soluta voluptates beatae numquam.","tags":["loadtest","run:lt-20261202-071500-bare"],\
            "prospectIds":[\"""";

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        }
        return value == null ? fallback : value;
    }

    {
        String baseUrl = setting("API_BASE_URL", null);
        if (baseUrl == null || !baseUrl.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("API_BASE_URL: give the stand-in's http://127.0.0.1:PORT");
        }
        int users = Integer.parseInt(setting("users", "64"));
        Duration duration = Duration.parse("PT" + setting("duration", "30s").toUpperCase());

        HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
                .disableCaching()
                .disableFollowRedirect()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("sales-machine-loadtest-bare");
        ScenarioBuilder scenario = scenario("Bare NFR3 calls")
                .feed(jsonFile(setting("TEST_USERS_FILE", "user-files/resources/test-users.json"))
                        .circular())
                .exec(http("Log in")
                        .post("/auth/login")
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"#{password}\"}"))
                        .check(status().is(200), jsonPath("$.token").saveAs("token")))
                .exitHereIfFailed()
                .repeat(2)
                .on(
                        http("Get dashboard").get("/dashboard").header("Authorization", "Bearer #{token}"),
                        http("List prospects")
                                .get("/prospects?page=1&pageSize=20&status=new")
                                .header("Authorization", "Bearer #{token}"),
                        http("Create prospect")
                                .post("/prospects")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody(PROSPECT))
                                .check(status().is(201), header("Location").saveAs("prospect")),
                        http("Get prospect").get("#{prospect}").header("Authorization", "Bearer #{token}"),
                        http("List campaigns")
                                .get("/campaigns?page=1&pageSize=20")
                                .header("Authorization", "Bearer #{token}"),
                        http("Create campaign")
                                .post("/campaigns")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody(session -> {
                                    String location = session.getString("prospect");
                                    return CAMPAIGN_START + location.substring(location.lastIndexOf('/') + 1) + "\"]}";
                                }))
                                .check(status().is(201)));
        boolean smoke = setting("profile", "").equals("smoke");
        setUp(
                        smoke
                                ? scenario.injectOpen(atOnceUsers(1))
                                : scenario.injectClosed(
                                        constantConcurrentUsers(users).during(duration)))
                .protocols(protocol)
                .maxDuration(duration.plusSeconds(30));
    }
}
