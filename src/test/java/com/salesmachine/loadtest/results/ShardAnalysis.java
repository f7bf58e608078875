package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.verdict.Slo;
import java.util.List;

/**
 * What a merge reads from the shards' records beyond Gatling's statistics: the analysis their own
 * runs made (a staged shape's steps, a spike's recovery), made again on the merged log.
 */
@FunctionalInterface
public interface ShardAnalysis {
    /** None: a merged run without steps or spike. */
    ShardAnalysis NONE = (shards, injectStarts, slos) -> LogAnalysis.NONE;

    /**
     * The analysis of the merged records, for {@code shards} (in shard order) whose injections started
     * at {@code injectStarts} (epoch millis), judged on the simulation's {@code slos}.
     */
    LogAnalysis forShards(List<RunSummary> shards, List<Long> injectStarts, List<Slo> slos);
}
