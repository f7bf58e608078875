package com.salesmachine.loadtest.targetmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scrapes of a real stand-in's /metrics over HTTP, and scrapes that fail without failing anything. */
class TargetMetricsSamplerTest {
    private static final Clock AT = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final StandInServer server = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);

    @AfterEach
    void stop() {
        server.close();
    }

    private TargetMetricsSampler sampler(String path) {
        return new TargetMetricsSampler(
                ProductionGuard.off(), URI.create(server.baseUrl() + path), Duration.ofSeconds(2), AT);
    }

    @Test
    void check_readsTheStandInsCpuMemoryAndGc_stampedByTheRunsClock() {
        TargetReading reading = sampler("/metrics").check();

        assertEquals(AT.millis(), reading.epochMillis());
        assertTrue(reading.cpuSeconds() > 0);
        assertTrue(reading.heapUsedBytes() > 0);
        assertNotNull(reading.gcSeconds());
        assertNotNull(reading.gcCount());
        assertNotNull(reading.heapAfterGcBytes());
    }

    @Test
    void check_refusesAUrlThatAnswersSomethingElse_orNothing_namingTheSetting() {
        var notMetrics =
                assertThrows(OutboundException.class, () -> sampler("/health").check());
        assertTrue(notMetrics.getMessage().startsWith("METRICS_URL: GET " + server.baseUrl() + "/health answered no"));
        var missing =
                assertThrows(OutboundException.class, () -> sampler("/nowhere").check());
        assertTrue(missing.getMessage().startsWith("METRICS_URL: GET "), missing.getMessage());
        assertTrue(missing.getMessage().contains("HTTP 404"), missing.getMessage());
    }

    @Test
    void aFailedScrape_isCounted_neverThrown_andTheNextOneStillCounts() {
        var sampler = sampler("/metrics");
        sampler.scrapeOnce();
        server.close();
        sampler.scrapeOnce();

        assertEquals(1, sampler.readings().size());
        assertEquals(1, sampler.failedScrapes());
        assertTrue(sampler.lastFailure().orElseThrow().startsWith("METRICS_URL: GET "));
    }

    @Test
    void aScrapeOfABodyWithoutFigures_isAFailedScrape() {
        var sampler = sampler("/health");
        sampler.scrapeOnce();

        assertEquals(0, sampler.readings().size());
        assertEquals(1, sampler.failedScrapes());
    }

    @Test
    void aTargetWithoutTheJvmsFigures_isReadFromItsProcessFigures_andItsMemoryTrendIsResident() {
        StandInServer nativeServer = StandInServer.start(StandIns.fast().withNative(true), StandIns.ACCOUNTS);
        try {
            var sampler = new TargetMetricsSampler(
                    ProductionGuard.off(), URI.create(nativeServer.baseUrl() + "/metrics"), Duration.ofSeconds(2), AT);
            TargetReading reading = sampler.check();

            assertTrue(reading.cpuSeconds() > 0);
            assertEquals(null, reading.heapAfterGcBytes());
            assertEquals(null, reading.gcCount());
            if (System.getProperty("os.name").startsWith("Linux")) {
                assertNotNull(reading.residentBytes());
                assertEquals(TargetFigures.RESIDENT, TargetFigures.memorySeries(java.util.List.of(reading, reading)));
            }
        } finally {
            nativeServer.close();
        }
    }
}
