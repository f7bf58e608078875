package com.salesmachine.loadtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeDataTest {

    @Test
    void sameSeed_givesTheSameProspectsAndCampaigns() {
        var a = new FakeData(42, "lt-20261122-160000-abcd");
        var b = new FakeData(42, "lt-20261122-160000-abcd");
        for (int i = 0; i < 20; i++) {
            assertEquals(a.prospect(), b.prospect());
            assertEquals(a.campaign(), b.campaign());
        }
    }

    @Test
    void differentSeeds_giveDifferentData() {
        assertNotEquals(new FakeData(1, "lt-x").prospect(), new FakeData(2, "lt-x").prospect());
    }

    @Test
    void prospect_isValidForTheContract_andTaggedWithTheRun() {
        var data = new FakeData(7, "lt-20261122-160000-abcd");
        for (int i = 0; i < 200; i++) {
            Map<String, Object> p = data.prospect();
            assertTrue(p.get("email").toString().matches("[a-z0-9.-]+@[a-z0-9-]+\\.example\\.com"), p.toString());
            assertTrue(
                    p.get("linkedinUrl").toString().matches("https://www\\.linkedin\\.com/in/[a-z0-9-]+"),
                    p.toString());
            assertTrue(FakeData.PROSPECT_STATUSES.contains(p.get("status")));
            assertTrue(p.get("firstName").toString().length() <= 200);
            assertEquals(List.of("loadtest", "run:lt-20261122-160000-abcd"), p.get("tags"));
        }
    }

    @Test
    void campaign_hasNameSubjectAndRunTags() {
        Map<String, Object> c = new FakeData(7, "lt-1").campaign();
        assertTrue(c.get("name").toString().startsWith("Load test: "));
        assertTrue(!c.get("subject").toString().isBlank());
        assertEquals(List.of("loadtest", "run:lt-1"), c.get("tags"));
    }

    @Test
    void prospectJson_isTheJsonOfTheSameDraw() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var maps = new FakeData(11, "lt-1");
        var texts = new FakeData(11, "lt-1");
        for (int i = 0; i < 300; i++) {
            assertEquals(maps.prospect(), mapper.readValue(texts.prospectJson(), Map.class));
        }
    }

    @Test
    void campaignJson_isTheJsonOfTheSameDraw() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var maps = new FakeData(12, "lt-1");
        var texts = new FakeData(12, "lt-1");
        for (int i = 0; i < 100; i++) {
            assertEquals(maps.campaign(), mapper.readValue(texts.campaignJson(), Map.class));
        }
    }

    @Test
    void theSessionsTexts_areJsonBodiesAndAStatus() {
        var data = new FakeData(3, "lt-1");
        assertTrue(data.prospectJson().startsWith("{\"firstName\":"));
        assertTrue(data.campaignJson().startsWith("{\"name\":\"Load test: "));
        assertTrue(FakeData.PROSPECT_STATUSES.contains(data.statusFilter()));
    }

    @Test
    void emails_areUniqueWithinARun() {
        var data = new FakeData(5, "lt-1");
        var emails = new java.util.HashSet<String>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(emails.add(data.prospect().get("email").toString()));
        }
    }

    @Test
    void withProspect_addsTheOneIdToTheCampaignBody() throws Exception {
        String campaign = new FakeData(3, "lt-1").campaignJson();
        Map<?, ?> body = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(FakeData.withProspect(campaign, "p-\"1\""), Map.class);
        assertEquals(List.of("p-\"1\""), body.get("prospectIds"));
        assertTrue(body.get("name").toString().startsWith("Load test: "));
    }
}
