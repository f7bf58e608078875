package com.salesmachine.loadtest.polling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.endpoints.AuthEndpoints;
import com.salesmachine.loadtest.endpoints.N8nEndpoints;
import com.salesmachine.loadtest.preflight.N8nTarget;
import com.salesmachine.loadtest.standin.workflows.WorkflowHandlers;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulation {@link PollingHttpTest} runs in its own JVM's Gatling: one user per case polls a
 * real server through {@link Polling} with the suite's N8N endpoints. Not a load test: the Gatling
 * plugin skips it ({@code *Probe} is excluded in the pom). The servers come from system properties.
 */
public class PollingProbe extends Simulation {
    static final String CASES_PROPERTY = "pollingProbe.cases";
    static final Backoff BACKOFF = new Backoff(Duration.ofMillis(50), 2.0, Duration.ofMillis(400), 0.2);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_POLLS = 30;

    /** What each case's user saw when its polling ended: outcome and number of polls. */
    static final Map<String, String> RESULTS = new ConcurrentHashMap<>();

    {
        List<PopulationBuilder> cases = new ArrayList<>();
        // "name=baseUrl,name=baseUrl": each base URL serves login, the scraper webhook and executions.
        for (String entry : System.getProperty(CASES_PROPERTY).split(",")) {
            String name = entry.substring(0, entry.indexOf('='));
            URI base = URI.create(entry.substring(entry.indexOf('=') + 1));
            var n8n = new N8nTarget(
                    URI.create(base + WorkflowHandlers.DEFAULT_WEBHOOK_PATH),
                    URI.create(base + WorkflowHandlers.EXECUTIONS_PATH),
                    Optional.empty());
            var endpoints = new N8nEndpoints(n8n);
            var polling = Polling.of("workflow", endpoints.execution(), N8nEndpoints::progress)
                    .clearing(N8nEndpoints.executionKeys())
                    .bounded(MAX_POLLS, TIMEOUT)
                    .backoff(BACKOFF);
            var user = scenario(name)
                    .feed(List.of(Map.<String, Object>of(
                                    SessionKeys.EMAIL,
                                    System.getProperty("pollingProbe.email"),
                                    SessionKeys.PASSWORD,
                                    System.getProperty("pollingProbe.password"),
                                    SessionKeys.SCRAPE_BODY,
                                    "{\"linkedinUrl\": \"https://www.linkedin.com/in/ada-lovelace-1815\"}"))
                            .iterator())
                    .exec(new AuthEndpoints(ApiPaths.CONTRACT).logIn())
                    .exec(group(name).on(endpoints.trigger(), polling.chain()))
                    .exec(session -> {
                        RESULTS.put(
                                name,
                                Polling.outcome(session).map(Enum::name).orElse("NONE") + " after "
                                        + Polling.polls(session) + " polls");
                        return session;
                    });
            cases.add(user.injectOpen(atOnceUsers(1))
                    .protocols(http.baseUrl(base.toString()).contentTypeHeader("application/json")));
        }
        setUp(cases).maxDuration(Duration.ofSeconds(30));
    }

    static String casesProperty(Map<String, URI> cases) {
        var parts = new ArrayList<String>();
        cases.forEach((name, url) -> parts.add(name + "=" + url));
        return String.join(",", parts);
    }
}
