package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.results.LogAnalysis;
import com.salesmachine.loadtest.results.RecordSink;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.ShardAnalysis;
import com.salesmachine.loadtest.verdict.Slo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A staged or spike run's findings read again on its shards' merged records: each step over the
 * part of its hold every shard was holding it (the latest shard's hold start to the earliest one's
 * end), its intended users the shards' sum, completed when every shard completed it and their holds
 * overlapped (an empty window: they never held it together); the spike from
 * the first shard's going up to the last one's coming back, its recovery judged on the merged records
 * with the simulation's SLOs over the shards' window, observed until the first shard stopped observing.
 */
public final class MergedStages implements ShardAnalysis {
    @Override
    public LogAnalysis forShards(List<RunSummary> shards, List<Long> injectStarts, List<Slo> slos) {
        int stepCount = shards.stream().mapToInt(s -> s.steps().size()).min().orElse(0);
        boolean spike = shards.stream().allMatch(s -> s.spike() != null);
        if (stepCount == 0 && !spike) {
            return LogAnalysis.NONE;
        }
        var windows = new ArrayList<long[]>();
        var intended = new ArrayList<Integer>();
        var completed = new ArrayList<Boolean>();
        for (int k = 0; k < stepCount; k++) {
            long from = Long.MIN_VALUE;
            long to = Long.MAX_VALUE;
            int users = 0;
            boolean all = true;
            for (int i = 0; i < shards.size(); i++) {
                RunSummary.Step step = shards.get(i).steps().get(k);
                from = Math.max(from, injectStarts.get(i) + Math.round(step.fromSeconds() * 1000));
                to = Math.min(to, injectStarts.get(i) + Math.round(step.toSeconds() * 1000));
                users += step.intendedUsers();
                all &= step.completed();
            }
            windows.add(new long[] {from, Math.max(from, to)});
            intended.add(users);
            // Shards that started further apart than the step is long never held it together.
            completed.add(all && to > from);
        }
        return (injectStart, injectEnd, records) -> {
            var tallies = windows.stream().map(w -> new StepTally(w[0], w[1])).toList();
            Recovery recovery = null;
            StopCriteria criteria = null;
            if (spike) {
                double windowSeconds = shards.get(0).spike().windowSeconds();
                criteria = new StopCriteria(slos, Duration.ofMillis(Math.round(windowSeconds * 1000)));
                recovery = new Recovery(criteria);
            }
            Recovery spikeRecovery = recovery;
            records.into(new RecordSink() {
                @Override
                public void request(String path, long start, long end, boolean ok) {
                    tallies.forEach(t -> t.request(start, end, ok));
                    if (spikeRecovery != null) {
                        spikeRecovery.request(path, start, end, ok);
                    }
                }

                @Override
                public void group(String path, long start, long end, boolean ok) {
                    if (spikeRecovery != null) {
                        spikeRecovery.group(path, start, end, ok);
                    }
                }

                @Override
                public void user(boolean start, long timestamp) {
                    tallies.forEach(t -> t.user(start, timestamp));
                }
            });
            var steps = new ArrayList<RunSummary.Step>();
            for (int k = 0; k < tallies.size(); k++) {
                steps.add(tallies.get(k).step(k + 1, intended.get(k), injectStart, completed.get(k)));
            }
            RunSummary.Spike merged = null;
            if (spike) {
                long start = Long.MAX_VALUE;
                long end = Long.MIN_VALUE;
                long observedTo = Long.MAX_VALUE;
                for (int i = 0; i < shards.size(); i++) {
                    RunSummary.Spike s = shards.get(i).spike();
                    long t0 = injectStarts.get(i);
                    start = Math.min(start, t0 + Math.round(s.startSeconds() * 1000));
                    end = Math.max(end, t0 + Math.round(s.endSeconds() * 1000));
                    observedTo = Math.min(observedTo, t0 + Math.round((s.endSeconds() + s.observedSeconds()) * 1000));
                }
                merged = StageFindings.spike(
                        start, end, Math.min(observedTo, injectEnd), injectStart, spikeRecovery, criteria);
            }
            return new LogAnalysis.Findings(steps, merged);
        };
    }
}
