package com.salesmachine.loadtest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

    @Test
    void parse_readsEachEntrysDuration() {
        assertEquals(Map.of("db", 12.3, "pool", 0.0), ServerTiming.parse("db;dur=12.3, pool;dur=0.0"));
    }

    @Test
    void parse_acceptsDescriptionsQuotesAndSpaces_andSkipsEntriesWithoutDuration() {
        assertEquals(
                Map.of("redis", 4.0, "queue", 7.25),
                ServerTiming.parse("redis;desc=\"Upstash\";dur=4, cache;desc=miss, queue ; dur=\"7.25\""));
    }

    @Test
    void parse_ofNothingOrGarbage_isEmpty() {
        assertEquals(Map.of(), ServerTiming.parse(null));
        assertEquals(Map.of(), ServerTiming.parse("???"));
        assertEquals(Map.of(), ServerTiming.parse("db;dur=abc"));
    }
}
