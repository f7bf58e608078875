package com.salesmachine.loadtest.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.testusers.TestUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cleanup over real HTTP: it deletes exactly one run's data, for every account. */
class CleanupRunTest {
    private static final String RUN = "lt-20261122-163000-7f3a";
    private static final String OTHER_RUN = "lt-20261122-170000-0001";

    private StandInServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        server = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);
        api = new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void deleteRun_removesTheRunsCampaignsAndProspects_andLeavesEverythingElse() {
        for (TestUser user : StandIns.ACCOUNTS) {
            String token = api.login(user.email(), user.password());
            String prospect = createProspect(token, RUN);
            createProspect(token, RUN);
            createProspect(token, OTHER_RUN);
            assertEquals(
                    201,
                    api.post(
                                    "/campaigns",
                                    token,
                                    ApiClient.toJson(Map.of(
                                            "name",
                                            "c",
                                            "subject",
                                            "s",
                                            "prospectIds",
                                            List.of(prospect),
                                            "tags",
                                            List.of("loadtest", "run:" + RUN))))
                            .statusCode());
        }

        int[] deleted = new CleanupRun(
                        server.baseUrl(), new Outbound(ProductionGuard.off(), Optional.empty()), ApiPaths.CONTRACT)
                .deleteRun(RUN, StandIns.ACCOUNTS);

        assertArrayEquals(new int[] {2, 4}, deleted);
        for (TestUser user : StandIns.ACCOUNTS) {
            String token = api.login(user.email(), user.password());
            assertEquals(0, total(token, "/prospects?tag=run:" + RUN));
            assertEquals(0, total(token, "/campaigns?tag=run:" + RUN));
            assertEquals(1, total(token, "/prospects?tag=run:" + OTHER_RUN));
        }
    }

    @Test
    void deleteExecutions_removesTheRunsN8nExecutions_overSeveralPages_andLeavesOthers() {
        String token = api.login(StandIns.ANN.email(), StandIns.ANN.password());
        for (int i = 0; i < 7; i++) {
            scrape(token, RUN, i);
        }
        for (int i = 0; i < 3; i++) {
            scrape(token, OTHER_RUN, i);
        }
        var settings =
                com.salesmachine.loadtest.config.Settings.load(new com.salesmachine.loadtest.settings.SettingSource(
                        Map.of("N8N_WEBHOOK_URL", "/webhook/linkedin-scraper/x"), Map.of()));
        var n8n = com.salesmachine.loadtest.preflight.N8nTarget.resolve(settings, server.baseUrl(), false);

        int deleted = new CleanupRun(
                        server.baseUrl(), new Outbound(ProductionGuard.off(), Optional.empty()), ApiPaths.CONTRACT)
                .withExecutionsPage(3)
                .deleteExecutions(RUN, n8n);

        assertEquals(7, deleted);
        var left = ApiClient.json(api.get("/api/v1/executions?includeData=true&limit=50", null));
        assertEquals(3, left.path("data").size(), left.toString());
        left.path("data").forEach(e -> assertTrue(e.toString().contains(OTHER_RUN), e.toString()));
    }

    private void scrape(String token, String run, int n) {
        var response = api.post(
                "/webhook/linkedin-scraper/x",
                token,
                ApiClient.toJson(Map.of(
                        "linkedinUrl",
                        "https://www.linkedin.com/in/ada-lovelace-" + n,
                        "tags",
                        List.of("loadtest", "run:" + run, "scrape:" + run + "-" + n))));
        assertEquals(200, response.statusCode(), response.body());
    }

    private String createProspect(String token, String run) {
        var response = api.post(
                "/prospects",
                token,
                ApiClient.toJson(Map.of(
                        "firstName",
                        "Ada",
                        "lastName",
                        "Lovelace",
                        "email",
                        "ada@example.com",
                        "company",
                        "Engines Ltd",
                        "tags",
                        List.of("loadtest", "run:" + run))));
        assertEquals(201, response.statusCode(), response.body());
        return ApiClient.json(response).path("id").asText();
    }

    private int total(String token, String path) {
        return ApiClient.json(api.get(path, token)).path("total").asInt();
    }
}
