package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Numbers;
import com.salesmachine.loadtest.results.LogAnalysis;
import com.salesmachine.loadtest.results.RecordSink;
import com.salesmachine.loadtest.results.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The capacity profiles' findings, read from a run's records after it: for a staged shape, each
 * level's intended users against the mean users active over its hold, with what its requests did
 * there; for the spike, when it went up and came back, and its {@link Recovery} time.
 */
public final class StageFindings implements LogAnalysis {
    /** How far before its planned end a level's hold may end and still count as held (the last record's timing). */
    static final long COMPLETED_SLACK_MILLIS = 1000;

    private final LoadShape shape;
    private final boolean spike;
    private final StopCriteria criteria;

    /** {@code spike}: the shape is the spike profile's (its second level the spike, its third the recovery). */
    public StageFindings(LoadShape shape, boolean spike, StopCriteria criteria) {
        this.shape = shape;
        this.spike = spike && shape.levels().size() == 3;
        this.criteria = criteria;
    }

    @Override
    public Findings read(long injectStartMillis, long injectEndMillis, RecordSink.Replay records) {
        if (!shape.staged()) {
            return Findings.NONE;
        }
        List<LoadShape.Level> levels = shape.levels();
        var tallies = new ArrayList<StepTally>();
        for (LoadShape.Level level : levels) {
            long from = injectStartMillis + level.holdFrom().toMillis();
            long to = Math.min(injectStartMillis + level.to().toMillis(), Math.max(from, injectEndMillis));
            tallies.add(new StepTally(from, to));
        }
        var recovery = new Recovery(criteria);
        records.into(new RecordSink() {
            @Override
            public void request(String path, long start, long end, boolean ok) {
                for (StepTally t : tallies) {
                    t.request(start, end, ok);
                }
                if (spike) {
                    recovery.request(path, start, end, ok);
                }
            }

            @Override
            public void group(String path, long start, long end, boolean ok) {
                if (spike) {
                    recovery.group(path, start, end, ok);
                }
            }

            @Override
            public void user(boolean start, long timestamp) {
                for (StepTally t : tallies) {
                    t.user(start, timestamp);
                }
            }
        });
        var steps = new ArrayList<RunSummary.Step>();
        for (int i = 0; i < levels.size(); i++) {
            LoadShape.Level level = levels.get(i);
            boolean completed =
                    injectEndMillis >= injectStartMillis + level.to().toMillis() - COMPLETED_SLACK_MILLIS;
            steps.add(tallies.get(i).step(i + 1, level.users(), injectStartMillis, completed));
        }
        return new Findings(steps, spike ? spike(levels, injectStartMillis, injectEndMillis, recovery) : null);
    }

    private RunSummary.Spike spike(List<LoadShape.Level> levels, long injectStart, long injectEnd, Recovery recovery) {
        long start = injectStart + levels.get(1).from().toMillis();
        long end = injectStart + levels.get(2).holdFrom().toMillis();
        long observedTo = Math.min(injectEnd, injectStart + levels.get(2).to().toMillis());
        return spike(start, end, observedTo, injectStart, recovery, criteria);
    }

    /**
     * The spike that went up at {@code start} and was back at the load level at {@code end} (epoch
     * millis), its recovery judged on {@code recovery}'s records up to {@code observedTo}.
     */
    static RunSummary.Spike spike(
            long start, long end, long observedTo, long injectStart, Recovery recovery, StopCriteria criteria) {
        double observed = Math.max(0, observedTo - end) / 1000.0;
        Optional<Duration> recovered = observedTo <= end ? Optional.empty() : recovery.after(end, observedTo);
        String window = Numbers.decimals(criteria.window().toMillis() / 1000.0);
        String words = recovered
                .map(d -> "recovered " + Numbers.decimals(d.toMillis() / 1000.0)
                        + " s after the spike: the SLOs held over " + window + " s windows from then to the end")
                .orElse("did not recover within " + Numbers.decimals(observed) + " s");
        return new RunSummary.Spike(
                (start - injectStart) / 1000.0,
                (end - injectStart) / 1000.0,
                Instant.ofEpochMilli(start).toString(),
                Instant.ofEpochMilli(end).toString(),
                criteria.window().toMillis() / 1000.0,
                recovered.map(d -> d.toMillis() / 1000.0).orElse(null),
                observed,
                words);
    }
}
