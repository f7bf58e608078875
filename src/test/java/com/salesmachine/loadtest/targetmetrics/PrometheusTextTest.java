package com.salesmachine.loadtest.targetmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    private static final String BODY = String.join(
            "\n",
            "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.",
            "# TYPE process_cpu_seconds_total counter",
            "process_cpu_seconds_total 12.5",
            "# a comment of no kind",
            "",
            "jvm_memory_used_bytes{area=\"heap\"} 1.048576E8",
            "jvm_memory_used_bytes{area=\"nonheap\",} 5.0e7 1700000000000",
            "jvm_gc_collection_seconds_sum{gc=\"G1 Young Generation\"} 0.25",
            "jvm_gc_collection_seconds_sum{gc=\"G1 Old Generation\"} 0.5",
            "weird{path=\"/a\\\"b\\\\c\\nd\",code=\"200\"} +Inf",
            "nan_gauge NaN",
            "negative -Inf",
            "not a sample line at all",
            "broken{label=\"unterminated} 1",
            "no_value{a=\"b\"}");

    @Test
    void parse_readsSamplesLabelsAndSpecialValues_skipsCommentsAndTimestamps_countsBadLines() {
        var parsed = PrometheusText.parse(BODY);

        assertEquals(12.5, parsed.sum("process_cpu_seconds_total"));
        assertEquals(104_857_600.0, parsed.sum("jvm_memory_used_bytes", "area", "heap"));
        assertEquals(50_000_000.0, parsed.sum("jvm_memory_used_bytes", "area", "nonheap"));
        assertEquals(0.75, parsed.sum("jvm_gc_collection_seconds_sum"));
        var weird = parsed.samples().stream()
                .filter(s -> s.name().equals("weird"))
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("path", "/a\"b\\c\nd", "code", "200"), weird.labels());
        assertEquals(Double.POSITIVE_INFINITY, weird.value());
        assertTrue(Double.isNaN(parsed.sum("nan_gauge")));
        assertEquals(Double.NEGATIVE_INFINITY, parsed.sum("negative"));
        assertEquals(3, parsed.badLines());
        assertNull(parsed.sum("process_resident_memory_bytes"));
    }

    @Test
    void reading_takesTheStandardNames_andTheOlderClientsHeapName() {
        var newer = TargetReading.of(1, PrometheusText.parse(BODY + "\nprocess_resident_memory_bytes 2e8\n"));
        var older = TargetReading.of(2, PrometheusText.parse("jvm_memory_bytes_used{area=\"heap\"} 42\n"));

        assertEquals(12.5, newer.cpuSeconds());
        assertEquals(2e8, newer.residentBytes());
        assertEquals(104_857_600.0, newer.heapUsedBytes());
        assertEquals(0.75, newer.gcSeconds());
        assertEquals(42.0, older.heapUsedBytes());
        assertTrue(older.hasAnyFigure());
        assertEquals(false, TargetReading.of(3, PrometheusText.parse("up 1\n")).hasAnyFigure());
    }

    @Test
    void parse_acceptsWindowsLineEnds_andAnEmptyBody() {
        var parsed = PrometheusText.parse("process_cpu_seconds_total 3\r\nprocess_open_fds 9\r\n");
        assertEquals(3.0, parsed.sum("process_cpu_seconds_total"));
        assertEquals(0, parsed.badLines());
        assertEquals(0, PrometheusText.parse("").samples().size());
    }
}
