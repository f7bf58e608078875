package com.salesmachine.loadtest.standin;

import static com.salesmachine.loadtest.standin.StandInServerTest.assertError;
import static com.salesmachine.loadtest.standin.testing.ApiClient.json;
import static com.salesmachine.loadtest.standin.testing.ApiClient.toJson;
import static com.salesmachine.loadtest.standin.testing.StandIns.ANN;
import static com.salesmachine.loadtest.standin.testing.StandIns.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The email-queue endpoints over real HTTP. The model's service times are zero, so answers need no
 * scheduler; the sender only drains when the test advances the fake scheduler.
 */
class EmailQueueApiTest {
    private static final Pattern QUEUE_TIMING =
            Pattern.compile("db;dur=[0-9.]+, pool;dur=[0-9.]+, redis;dur=[0-9.]+, queue;dur=[0-9.]+");

    private final FakeScheduler scheduler = new FakeScheduler(new FakeClock());
    private final StandInServer server = StandInServer.start(
            StandIns.fast().withLatencyFactor(0), StandIns.ACCOUNTS, new FakeClock(), new Random(1), scheduler);
    private final ApiClient api = new ApiClient(server.baseUrl());
    private final String ann = api.login(ANN.email(), ANN.password());
    private final String bob = api.login(BOB.email(), BOB.password());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addProspects_addsTheCallersProspects_once() {
        String campaign = createCampaign(ann);
        String p1 = createProspect(ann);
        String p2 = createProspect(ann);

        var first = api.post(prospectsOf(campaign), ann, toJson(Map.of("prospectIds", List.of(p1))));
        var second = api.post(prospectsOf(campaign), ann, toJson(Map.of("prospectIds", List.of(p1, p2))));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(List.of(p1, p2), ids(json(second).path("prospectIds")));
        assertTrue(second.headers().firstValue("Server-Timing").orElseThrow().startsWith("db;dur="));
    }

    @Test
    void addProspects_refusesSomeoneElsesProspect_anEmptyList_andAnUnknownCampaign() {
        String campaign = createCampaign(ann);

        assertError(
                api.post(prospectsOf(campaign), ann, toJson(Map.of("prospectIds", List.of(createProspect(bob))))),
                400,
                "validation_failed");
        assertError(
                api.post(prospectsOf(campaign), ann, toJson(Map.of("prospectIds", List.of()))),
                400,
                "validation_failed");
        assertError(
                api.post(prospectsOf("nope"), ann, toJson(Map.of("prospectIds", List.of(createProspect(ann))))),
                404,
                "not_found");
        assertError(
                api.post(prospectsOf(campaign), bob, toJson(Map.of("prospectIds", List.of(createProspect(bob))))),
                404,
                "not_found");
    }

    @Test
    void send_queuesOneEmailPerProspect_answers202WithTheIds_andQueueTimings() {
        String campaign = campaignWith(ann, 3);

        var response = api.post("/campaigns/" + campaign + "/send", ann, null);

        assertEquals(202, response.statusCode(), response.body());
        JsonNode sent = json(response);
        assertEquals(campaign, sent.path("campaignId").asText());
        assertEquals(3, sent.path("queued").asInt());
        assertEquals(3, sent.path("emailIds").size());
        assertEquals(3, sent.path("queueDepth").asInt());
        assertTrue(
                QUEUE_TIMING
                        .matcher(response.headers().firstValue("Server-Timing").orElseThrow())
                        .matches(),
                response.headers().firstValue("Server-Timing").orElseThrow());
        assertEquals(
                "active",
                json(api.get("/campaigns/" + campaign, ann)).path("status").asText());
    }

    @Test
    void status_followsTheEmailsFromQueuedToSent_withTheirIds() {
        String campaign = campaignWith(ann, 2);
        JsonNode sent = json(api.post("/campaigns/" + campaign + "/send", ann, null));

        var before = api.get("/campaigns/" + campaign + "/queue", ann);
        scheduler.advance(Duration.ofSeconds(1));
        JsonNode after = json(api.get("/campaigns/" + campaign + "/queue", ann));

        assertEquals(200, before.statusCode(), before.body());
        assertTrue(QUEUE_TIMING
                .matcher(before.headers().firstValue("Server-Timing").orElseThrow())
                .matches());
        JsonNode queued = json(before);
        assertEquals(2, queued.path("queued").asInt());
        assertEquals(2, queued.path("queueDepth").asInt());
        assertEquals(ids(sent.path("emailIds")), ids(queued.path("emailIds").path("queued")));
        assertEquals(0, after.path("queued").asInt());
        assertEquals(2, after.path("sent").asInt());
        assertEquals(0, after.path("queueDepth").asInt());
        assertEquals(ids(sent.path("emailIds")), ids(after.path("emailIds").path("sent")));
    }

    @Test
    void send_is409_withoutProspects_orWhenEveryProspectWasEmailed() {
        String empty = createCampaign(ann);
        String campaign = campaignWith(ann, 1);
        api.post("/campaigns/" + campaign + "/send", ann, null);

        assertError(api.post("/campaigns/" + empty + "/send", ann, null), 409, "nothing_to_send");
        assertError(api.post("/campaigns/" + campaign + "/send", ann, null), 409, "nothing_to_send");
    }

    @Test
    void anotherUsersCampaign_isNotFound_forSendAndStatus() {
        String campaign = campaignWith(ann, 1);

        assertError(api.post("/campaigns/" + campaign + "/send", bob, null), 404, "not_found");
        assertError(api.get("/campaigns/" + campaign + "/queue", bob), 404, "not_found");
        assertError(api.get("/campaigns/" + campaign + "/queue", null), 401, "unauthorized");
    }

    private String campaignWith(String token, int prospects) {
        String campaign = createCampaign(token);
        List<String> ids = IntStream.range(0, prospects)
                .mapToObj(i -> createProspect(token))
                .toList();
        var added = api.post(prospectsOf(campaign), token, toJson(Map.of("prospectIds", ids)));
        assertEquals(200, added.statusCode(), added.body());
        return campaign;
    }

    private String createProspect(String token) {
        var response = api.post("/prospects", token, toJson(ProspectsApiTest.prospect("Ada", "new", List.of())));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private String createCampaign(String token) {
        var response = api.post("/campaigns", token, toJson(Map.of("name", "Launch", "subject", "Hello")));
        assertEquals(201, response.statusCode(), response.body());
        return json(response).path("id").asText();
    }

    private static String prospectsOf(String campaign) {
        return "/campaigns/" + campaign + "/prospects";
    }

    private static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
