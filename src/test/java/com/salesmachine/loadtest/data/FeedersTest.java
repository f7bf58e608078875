package com.salesmachine.loadtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.testusers.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedersTest {

    @Test
    void testUsers_hands_outEachAccountInTurn_andWrapsAround() {
        var feeder = Feeders.testUsers(List.of(new TestUser("a@x.io", "1"), new TestUser("b@x.io", "2")));
        assertEquals("a@x.io", feeder.next().get(SessionKeys.EMAIL));
        assertEquals("b@x.io", feeder.next().get(SessionKeys.EMAIL));
        var third = feeder.next();
        assertEquals("a@x.io", third.get(SessionKeys.EMAIL));
        assertEquals("1", third.get(SessionKeys.PASSWORD));
        assertTrue(feeder.hasNext());
    }

    @Test
    void runId_hasTheDocumentedForm() {
        String id = RunId.create(
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T16:30:00Z"), java.time.ZoneOffset.UTC),
                new java.util.Random(1));
        assertTrue(id.startsWith("lt-20261122-163000-"), id);
        assertTrue(RunId.isValid(id));
    }
}
