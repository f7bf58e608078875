package com.salesmachine.loadtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
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
    void recordInto_keepsQueueTimingsPerRequestAndOverEveryRequest() {
        var metrics = new RunMetrics();

        ServerTiming.recordInto(
                metrics, "Send campaign emails", "db;dur=40.0, pool;dur=0.0, redis;dur=2.5, queue;dur=3.0");
        ServerTiming.recordInto(
                metrics, "Verify emails queued", "db;dur=9.0, pool;dur=0.0, redis;dur=1.5, queue;dur=1.5");
        ServerTiming.recordInto(metrics, "Get dashboard", "db;dur=90.0, pool;dur=1.0");

        var trends = metrics.snapshot().trends().stream()
                .collect(Collectors.toMap(MetricsSummary.Trend::name, MetricsSummary.Trend::count));
        assertEquals(1L, trends.get("Redis time: Send campaign emails"));
        assertEquals(1L, trends.get("Queue time: Verify emails queued"));
        assertEquals(2L, trends.get(ServerTiming.REDIS_OPERATION_DURATION));
        assertEquals(2L, trends.get(ServerTiming.QUEUE_OPERATION_DURATION));
        assertEquals(1L, trends.get("Database time: Get dashboard"));
        assertEquals(null, trends.get("Redis time: Get dashboard"));
    }

    @Test
    void parse_ofNothingOrGarbage_isEmpty() {
        assertEquals(Map.of(), ServerTiming.parse(null));
        assertEquals(Map.of(), ServerTiming.parse("???"));
        assertEquals(Map.of(), ServerTiming.parse("db;dur=abc"));
    }
}
