package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesmachine.loadtest.metrics.Trend;
import io.gatling.commons.util.GatlingVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards' result folders (real logs written with Gatling's serializers, and their summaries) merged into one run. */
class ShardMergeTest {
    private static final String RUN_ID = "lt-20261203-100000-5a5a";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:30:00Z"), ZoneOffset.UTC);

    /**
     * Shard {@code index} of {@code count}: 100 requests R of 1 to 100 ms plus {@code offsetMs}, one a
     * second apart from its run start, and a summary whose SLOs are R's p95 under 500 ms (steady) and the
     * global failure share under 1 %.
     */
    private Path shard(int index, int count, long offsetMs, String runId, ObjectNode summaryChanges) throws Exception {
        Path folder = dir.resolve("shard-" + index).resolve("nfr3benchmarksimulation-2026120310000" + index + "000");
        try (var log = new SimulationLogWriter(
                folder,
                GatlingVersion.ThisVersion().fullVersion(),
                List.of(SimulationLogWriter.SCENARIO),
                SimulationLogWriter.RUN_START + index * 2_000L)) {
            log.userStart(0);
            for (int i = 1; i <= 100; i++) {
                log.request("R", i * 100L, i * 100L + i + offsetMs);
            }
            log.userEnd(20_000);
        }
        ObjectNode summary = SummaryFixtures.sample();
        summary.put("runFolder", folder.getFileName().toString());
        summary.put("runId", runId);
        summary.set("shard", JSON.createObjectNode().put("index", index).put("count", count));
        ArrayNode slos = JSON.createArrayNode();
        slos.add(slo("R", "percentile95", "lt", 500, "steady"));
        slos.add(slo("Global", "failedPercent", "lt", 1, "whole run"));
        summary.set("slos", slos);
        ((ObjectNode) summary.get("steady")).put("fromSeconds", 1).put("toSeconds", 15);
        ((ObjectNode) summary.get("global")).put("count", 100).put("ok", 100).put("ko", 0);
        ((ObjectNode) summary.at("/metrics/counters/0")).put("value", 3 + index);
        var histogram = new org.HdrHistogram.Histogram(3);
        histogram.recordValue(10_000 * (index + 1)); // 10 ms on shard 0, 20 ms on shard 1 (thousandths)
        ((ObjectNode) summary.at("/metrics/trends/0")).put("histogram", Trend.encode(histogram));
        ((ObjectNode) summary.at("/work/1")).put("intended", 10).put("achieved", 10);
        summaryChanges.fields().forEachRemaining(e -> summary.set(e.getKey(), e.getValue()));
        JSON.writeValue(folder.resolve(SummaryFiles.SUMMARY_FILE).toFile(), summary);
        return folder;
    }

    private static ObjectNode slo(String scope, String metric, String comparator, double target, String window) {
        ObjectNode slo = JSON.createObjectNode();
        slo.put("name", scope + " " + metric);
        slo.put("scope", scope);
        slo.put("metric", metric);
        slo.put("comparator", comparator);
        slo.putArray("target").add(target);
        slo.put("window", window);
        slo.put("actual", 1.0);
        slo.put("passed", true);
        return slo;
    }

    private ShardMerge.Merged merge(List<Path> shards, OptionalInt count) {
        return new ShardMerge(dir.resolve("merged"), 95, clock).merge(shards, count);
    }

    @Test
    void twoShards_mergeIntoOneRun_countsSummed_percentilesOfTheMergedDistribution_notAveraged() throws Exception {
        Path a = shard(0, 2, 0, RUN_ID, JSON.createObjectNode());
        Path b = shard(1, 2, 100, RUN_ID, JSON.createObjectNode());

        var merged = merge(List.of(a.getParent(), b), OptionalInt.empty());
        RunSummary s = merged.summary();

        assertEquals(200, s.global().count());
        assertEquals(0, s.global().ko());
        var together = new GatlingRunReader()
                .readTogether(List.of(
                        SimulationLogDecoder.decode(a.resolve("simulation.log")),
                        SimulationLogDecoder.decode(b.resolve("simulation.log"))))
                .whole()
                .global();
        assertEquals(together.p50(), s.global().p50());
        assertEquals(together.p95(), s.global().p95());
        assertEquals(together.p99(), s.global().p99());
        // Response times 1-100 ms and 101-200 ms: the merged 95th percentile is near 190, where the mean
        // of the shards' own (near 95 and 195) would be 145.
        assertTrue(
                s.global().p95() >= 185 && s.global().p95() <= 195,
                "p95 " + s.global().p95());
        assertEquals(RUN_ID, s.runId());
        assertEquals("PASS", s.verdict());
        assertEquals(0, s.exitCode());
        assertEquals(2, s.shards().size());
        assertEquals(
                List.of(100L, 100L),
                s.shards().stream().map(RunSummary.ShardResult::requests).toList());
        assertEquals(7, s.metrics().counters().get(0).value());
        assertEquals(2, s.metrics().trends().get(0).count());
        assertEquals(20.0, s.metrics().trends().get(0).max(), 0.02);
        assertEquals(20.0, s.work().get(1).intended());
        assertEquals(100, s.load().users());
        assertTrue(Files.exists(merged.folder().resolve("index.html")), "Gatling's HTML report");
        String report = Files.readString(merged.folder().resolve("report.md"));
        assertTrue(report.contains("\n## Shards\n\nThis run merges 2 shards of run `" + RUN_ID + "`"), report);
        assertTrue(report.contains("| 1 | `" + b + "` | PASS | yes | 100 | 0 |"), report);
        assertEquals(s, SummaryFiles.read(merged.folder()));
        assertEquals(List.of(), SummarySchema.problems(merged.folder().resolve(SummaryFiles.SUMMARY_FILE)));
        assertEquals(
                List.of(), SummarySchema.problems(a.resolve(SummaryFiles.SUMMARY_FILE)), "a shard's, with its shard");
    }

    @Test
    void theMergedSteadyWindow_isWhereEveryShardWasSteady() throws Exception {
        // Shard 1's run started 2 s after shard 0's; each was steady 1 s to 15 s after its own start.
        Path a = shard(0, 2, 0, RUN_ID, JSON.createObjectNode());
        Path b = shard(1, 2, 0, RUN_ID, JSON.createObjectNode());

        RunSummary s = merge(List.of(a, b), OptionalInt.of(2)).summary();

        // Each log's injection starts at its first record, 100 ms after its run start.
        assertEquals(3.0, s.steady().fromSeconds());
        assertEquals(15.0, s.steady().toSeconds());
    }

    @Test
    void aMissingShard_makesTheMergedRunInvalid_namingIt() throws Exception {
        Path a = shard(0, 3, 0, RUN_ID, JSON.createObjectNode());
        Path c = shard(2, 3, 0, RUN_ID, JSON.createObjectNode());

        RunSummary s = merge(List.of(a, c), OptionalInt.empty()).summary();

        assertEquals("INVALID", s.verdict());
        assertEquals(4, s.exitCode());
        assertTrue(
                s.validity().reasons().contains("shard 1 of 3 is missing: no results of it were given"),
                s.validity().reasons().toString());
        assertTrue(s.shards().get(1).missing());
        assertTrue(Files.readString(dir.resolve("merged").resolve(s.runFolder()).resolve("report.md"))
                .contains("| 1 | (missing) |  | no |"));
        assertFalse(s.shards().get(0).missing());
    }

    @Test
    void aShardThatWroteNoResults_orWasItselfInvalid_makesTheMergedRunInvalid() throws Exception {
        ObjectNode saturated = JSON.createObjectNode();
        saturated.set(
                "validity",
                JSON.createObjectNode()
                        .put("valid", false)
                        .set("reasons", JSON.createArrayNode().add("generator saturated: injector CPU 97 %")));
        Path a = shard(0, 3, 0, RUN_ID, saturated);
        Path b = shard(1, 3, 0, RUN_ID, JSON.createObjectNode());
        Path failed = Files.createDirectories(dir.resolve("shard-2"));

        RunSummary s = merge(List.of(a, b, failed), OptionalInt.empty()).summary();

        assertEquals("INVALID", s.verdict());
        List<String> reasons = s.validity().reasons();
        assertTrue(
                reasons.contains("shard 0 of 3 is INVALID: generator saturated: injector CPU 97 %"),
                reasons.toString());
        assertTrue(reasons.contains("shard 2 of 3 is missing: no results of it were given"), reasons.toString());
        assertTrue(
                reasons.stream().anyMatch(r -> r.startsWith("a shard wrote no results: " + failed)),
                reasons.toString());
    }

    @Test
    void foldersOfDifferentRuns_orTheSameShardTwice_areRefusedInOneLine() throws Exception {
        Path a = shard(0, 2, 0, RUN_ID, JSON.createObjectNode());
        Path other = shard(1, 2, 0, "lt-20261203-110000-0b0b", JSON.createObjectNode());

        var different = assertThrows(UnusableInputException.class, () -> merge(List.of(a, other), OptionalInt.empty()));
        assertTrue(different.getMessage().contains("only the shards of one run merge"), different.getMessage());
        var twice = assertThrows(UnusableInputException.class, () -> merge(List.of(a, a), OptionalInt.empty()));
        assertTrue(twice.getMessage().startsWith("shard 0 is given twice"), twice.getMessage());
        var count = assertThrows(UnusableInputException.class, () -> merge(List.of(a), OptionalInt.of(3)));
        assertTrue(count.getMessage().startsWith("shardCount is 3 but the shards were run as 2"), count.getMessage());
        ObjectNode broken = JSON.createObjectNode();
        ObjectNode metrics = (ObjectNode) SummaryFixtures.sample().get("metrics");
        ((ObjectNode) metrics.at("/trends/0")).put("histogram", "bm90IGEgaGlzdG9ncmFt");
        broken.set("metrics", metrics);
        Path bad = shard(1, 2, 0, RUN_ID, broken);
        var histogram = assertThrows(UnusableInputException.class, () -> merge(List.of(a, bad), OptionalInt.empty()));
        assertTrue(histogram.getMessage().contains("Server-Timing db: Get dashboard"), histogram.getMessage());
        var none = assertThrows(
                UnusableInputException.class, () -> merge(List.of(dir.resolve("nowhere")), OptionalInt.empty()));
        assertTrue(none.getMessage().startsWith("none of the 1 shard folders holds a run"), none.getMessage());
    }
}
