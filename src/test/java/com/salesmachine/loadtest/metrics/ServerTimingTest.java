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
    void anAnswerWithSeveralServerTimingLines_isReadWhole_andDurationsAreExactDecimals() {
        var metrics = new RunMetrics();
        ServerTiming.recordInto(metrics, "Get dashboard", "db;dur=1.5", "pool;DUR=0.125, cache;dur=1");
        var trends = metrics.snapshot().trends().stream().collect(Collectors.toMap(MetricsSummary.Trend::name, t -> t));
        assertEquals(1.5, trends.get("Database time: Get dashboard").max());
        assertEquals(0.125, trends.get("Connection wait: Get dashboard").max());
        assertEquals(
                Map.of("db", 0.1, "pool", 1234567.891, "q", 0.30000000000000004),
                ServerTiming.parse("db;dur=0.1, pool;dur=1234567.891, q;dur=0.30000000000000004"));
    }

    @Test
    void parse_ofNothingOrGarbage_isEmpty() {
        assertEquals(Map.of(), ServerTiming.parse(null));
        assertEquals(Map.of(), ServerTiming.parse("???"));
        assertEquals(Map.of(), ServerTiming.parse("db;dur=abc"));
    }
}
