package com.salesmachine.loadtest.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesmachine.loadtest.results.LogAnalysis;
import com.salesmachine.loadtest.results.RecordSink;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.verdict.Slo;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staged and a spike run's findings read again on the merged records of their shards. */
class MergedStagesTest {
    private static final String DASHBOARD = "Check the dashboard / Get dashboard";
    private static final long T0 = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Slo> SLOS =
            List.of(Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500));

    /** A shard's summary with these steps and spike (the rest from the sample summary). */
    private static RunSummary shard(List<RunSummary.Step> steps, RunSummary.Spike spike) throws Exception {
        ObjectNode tree;
        try (InputStream in = MergedStagesTest.class.getResourceAsStream("/results/sample-summary.json")) {
            tree = (ObjectNode) JSON.readTree(in);
        }
        tree.set("steps", JSON.valueToTree(steps));
        tree.set("spike", spike == null ? null : JSON.valueToTree(spike));
        return JSON.convertValue(tree, RunSummary.class);
    }

    private static RunSummary.Step step(int n, double from, double to, int users, boolean completed) {
        return new RunSummary.Step(n, from, to, users, users, 0, 0, null, null, completed);
    }

    @Test
    void eachStep_isReadOverTheHoldEveryShardHeld_withTheShardsUsersSummed() throws Exception {
        // Shard 1 started 2 s after shard 0; both held step 1 from 10 s to 20 s and step 2 from 20 s to 30 s
        // of their own runs, and shard 1 did not complete step 2.
        RunSummary a =
                shard(List.of(step(1, 10, 20, 4, true), step(2, 20, 30, 8, true), step(3, 30, 31, 9, true)), null);
        RunSummary b =
                shard(List.of(step(1, 10, 20, 4, true), step(2, 20, 28, 8, false), step(3, 30, 31, 9, true)), null);
        RecordSink.Replay records = sink -> {
            for (int u = 0; u < 8; u++) {
                sink.user(true, T0);
            }
            for (long t = T0; t < T0 + 32_000; t += 100) {
                sink.request(DASHBOARD, t, t + (t < T0 + 20_000 ? 100 : 300), true);
            }
        };

        LogAnalysis.Findings findings = new MergedStages()
                .forShards(List.of(a, b), List.of(T0, T0 + 2_000), SLOS)
                .read(T0, T0 + 32_000, records);

        assertEquals(3, findings.steps().size());
        RunSummary.Step third = findings.steps().get(2);
        assertEquals(0, third.requests(), "a 1 s step the shards held 2 s apart: never together");
        assertFalse(third.completed());
        // Step 1 where both held it: 12 s (shard 1's start) to 20 s (shard 0's end).
        assertEquals(
                new RunSummary.Step(1, 12, 20, 8, 8, 80, 10, 100.0, 0.0, true),
                findings.steps().get(0));
        RunSummary.Step second = findings.steps().get(1);
        assertEquals(22, second.fromSeconds());
        assertEquals(30, second.toSeconds());
        assertEquals(16, second.intendedUsers());
        assertEquals(300.0, second.p95Ms());
        assertFalse(second.completed(), "shard 1 did not complete it");
        assertNull(findings.spike());
    }

    @Test
    void theSpike_runsFromTheFirstShardGoingUpToTheLastComingBack_itsRecoveryJudgedOnTheMergedRecords()
            throws Exception {
        var spikeA = new RunSummary.Spike(10, 20, "", "", 5, 0.0, 30, "");
        var spikeB = new RunSummary.Spike(10, 20, "", "", 5, 0.0, 30, "");
        RunSummary a = shard(List.of(), spikeA);
        RunSummary b = shard(List.of(), spikeB);
        RecordSink.Replay records = sink -> {
            // Slow until 25 s after shard 0's start, fast after.
            for (long t = T0; t < T0 + 50_000; t += 100) {
                sink.request(DASHBOARD, t, t + (t < T0 + 25_000 ? 900 : 50), true);
            }
        };

        RunSummary.Spike spike = new MergedStages()
                .forShards(List.of(a, b), List.of(T0, T0 + 3_000), SLOS)
                .read(T0, T0 + 50_000, records)
                .spike();

        assertEquals(10, spike.startSeconds());
        assertEquals(23, spike.endSeconds());
        assertEquals(5, spike.windowSeconds());
        // The 5 s window holds once the slow calls (to 25.9 s) have left it: from 31 s, 8 s after the spike.
        assertEquals(8.0, spike.recoverySeconds());
        assertEquals(27, spike.observedSeconds(), "until shard 0 stopped observing, 50 s into the run");
    }

    @Test
    void shardsWithoutStepsOrSpike_haveNothingToRead() throws Exception {
        RunSummary plain = shard(List.of(), null);
        assertSame(LogAnalysis.NONE, new MergedStages().forShards(List.of(plain, plain), List.of(T0, T0), SLOS));
    }
}
