package com.salesmachine.loadtest.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.metrics.MemoryLeak;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.targetmetrics.PrometheusText;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsApiTest {
    private final List<StandInServer> servers = new ArrayList<>();

    private ApiClient start(StandInConfig config) {
        StandInServer server = StandInServer.start(config, StandIns.ACCOUNTS);
        servers.add(server);
        return new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        servers.forEach(StandInServer::close);
    }

    @Test
    void metrics_answersThePrometheusTextFormat_withTheJavaClientsStandardNames() {
        var answer = start(StandIns.fast()).get("/metrics", null);

        assertEquals(200, answer.statusCode());
        assertEquals(
                "text/plain; version=0.0.4; charset=utf-8",
                answer.headers().firstValue("Content-Type").orElse(""));
        String body = answer.body();
        assertTrue(body.contains("# TYPE process_cpu_seconds_total counter\n"), body);
        assertTrue(body.contains("# HELP jvm_memory_used_bytes "), body);
        assertTrue(body.contains("# TYPE jvm_gc_collection_seconds summary\n"), body);
        var parsed = PrometheusText.parse(body);
        assertEquals(0, parsed.badLines(), body);
        assertTrue(parsed.sum("process_cpu_seconds_total") > 0, body);
        assertTrue(parsed.sum("process_start_time_seconds") > 1.7e9, body);
        assertTrue(parsed.sum("jvm_memory_used_bytes", "area", "heap") > 0, body);
        assertTrue(parsed.sum("jvm_memory_used_bytes", "area", "nonheap") > 0, body);
        assertTrue(parsed.sum("jvm_memory_max_bytes", "area", "heap") > 0, body);
        assertTrue(parsed.sum("jvm_threads_current") >= 1, body);
        assertNotNull(parsed.sum("jvm_gc_collection_seconds_count"), body);
        assertNotNull(parsed.sum("jvm_gc_collection_seconds_sum"), body);
        assertNotNull(parsed.sum("jvm_memory_pool_collection_used_bytes"), body);
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(parsed.sum("process_resident_memory_bytes") > 1e6, body);
            assertTrue(parsed.sum("process_open_fds") > 0, body);
        }
        assertEquals(0.0, parsed.sum("standin_leak_retained_bytes"));
    }

    @Test
    void metrics_staysOpen_whenTheStandInDemandsAnApiKey() {
        var api = start(StandIns.fast().withApiKey("k-1"));

        assertEquals(200, api.get("/metrics", null).statusCode());
        assertEquals(401, api.get("/prospects", null).statusCode());
    }

    @Test
    void leakPerRequest_keepsThatManyBytesAfterEveryAnswer() {
        var api = start(StandIns.fast().withLeakPerRequest(10_000));
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.get("/health", null).statusCode());
        }

        // Five health checks, then this scrape itself is answered before its own bytes are kept.
        var parsed = PrometheusText.parse(api.get("/metrics", null).body());
        assertEquals(50_000.0, parsed.sum("standin_leak_retained_bytes"));
    }

    @Test
    void theLeak_neverHoldsMoreThanItsCap() {
        var leak = new MemoryLeak(1000, 2500);

        assertTrue(leak.retain());
        assertTrue(leak.retain());
        assertEquals(false, leak.retain());
        assertEquals(2000, leak.retainedBytes());
        assertEquals(MemoryLeak.MAX_CAP, MemoryLeak.capFor(Long.MAX_VALUE));
        assertEquals(100, MemoryLeak.capFor(400));
    }

    @Test
    void native_leavesTheJvmsFiguresOut_keepingTheProcesss() {
        String body =
                start(StandIns.fast().withNative(true)).get("/metrics", null).body();

        var parsed = PrometheusText.parse(body);
        assertEquals(0, parsed.badLines(), body);
        assertTrue(parsed.sum("process_cpu_seconds_total") > 0, body);
        assertTrue(parsed.sum("process_start_time_seconds") > 1.7e9, body);
        assertEquals(false, body.contains("jvm_"), body);
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(parsed.sum("process_resident_memory_bytes") > 1e6, body);
        }
    }

    @Test
    void aNativeLeak_keepsItsBytesOutsideTheHeap() {
        var api = start(StandIns.fast().withNative(true).withLeakPerRequest(1024 * 1024));
        long before = directBytes();
        for (int i = 0; i < 8; i++) {
            assertEquals(200, api.get("/health", null).statusCode());
        }

        var parsed = PrometheusText.parse(api.get("/metrics", null).body());
        assertEquals(8.0 * 1024 * 1024, parsed.sum("standin_leak_retained_bytes"));
        assertTrue(directBytes() - before >= 8L * 1024 * 1024, "direct buffers grew by " + (directBytes() - before));
    }

    private static long directBytes() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct"))
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
    }
}
