package com.salesmachine.loadtest.capacity;

import com.salesmachine.loadtest.load.PacedLoad;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.WorkflowThroughput;
import com.salesmachine.loadtest.results.RunJudge;
import com.salesmachine.loadtest.results.RunSummary;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a scenario's capacity is counted in, the seed report's words for it ("concurrent users",
 * "workflows per minute"...), and how a step's summary gives the rate achieved in that unit. The
 * search's level is always the shape's users; this says what those users achieved.
 *
 * @param unit the unit of the capacity the report states
 * @param intended what a step intended in that unit (a paced load's rate); empty when the level itself is the intent
 * @param achieved what a step achieved in that unit, read from its summary; empty when it could not be read
 * @param ceilingNote said beside the capacity when the search finds the AI provider's rate limit gave way first
 */
public record CapacityMeasure(
        String unit,
        Function<RunSummary, Optional<Double>> intended,
        Function<RunSummary, Optional<Double>> achieved,
        Optional<String> ceilingNote) {

    public static final String CONCURRENT_USERS = "concurrent users";

    /** Concurrent users (a closed model): the step's steady mean of concurrent users. */
    public static CapacityMeasure concurrentUsers() {
        return new CapacityMeasure(
                CONCURRENT_USERS, s -> Optional.empty(), s -> work(s, RunJudge.CONCURRENT_USERS), Optional.empty());
    }

    /** LinkedIn scraping: workflows completed per minute of the steady window. */
    public static CapacityMeasure workflowsPerMinute() {
        return perMinute("workflows per minute", WorkflowThroughput.COMPLETED_IN_STEADY_STATE);
    }

    /** AI enrichment: enrichments completed per minute; the AI provider's rate limit may be the ceiling. */
    public static CapacityMeasure enrichmentsPerMinute() {
        return perMinute("enrichments per minute", WorkflowThroughput.ENRICHMENTS_COMPLETED_IN_STEADY_STATE)
                .withCeilingNote("The AI provider's rate limit is the ceiling here: enrichments waited out its 429s,"
                        + " so more enrichments per minute need a higher provider limit, not a faster API.");
    }

    /**
     * Email queue: queue operations (each a request at one of {@code requests}, a group path then the
     * request's name: the send and the queue status read) answered in the step's steady window, per
     * second of it: the figure the report's "Queue operations per second" counts, over the judged window.
     */
    public static CapacityMeasure queueOperationsPerSecond(List<List<String>> requests) {
        CapacityMeasure answered = requestsPerSecond("queue operations per second", requests);
        // Intended: the operations the paced load plans, each as many queue operations, over the window.
        return new CapacityMeasure(
                answered.unit(),
                s -> intendedWork(s, PacedLoad.OPERATIONS_STARTED).map(n -> n * requests.size() / steadySeconds(s)),
                answered.achieved(),
                Optional.empty());
    }

    /** Requests at any of {@code paths} answered OK in the step's steady window, per second of it. */
    public static CapacityMeasure requestsPerSecond(String unit, List<List<String>> paths) {
        return new CapacityMeasure(
                unit, s -> Optional.empty(), s -> steadyOk(s, paths).map(n -> n / steadySeconds(s)), Optional.empty());
    }

    /** A count of completed work over the step's steady window, per minute ({@code counter} from summary metrics). */
    public static CapacityMeasure perMinute(String unit, String counter) {
        return new CapacityMeasure(
                unit,
                s -> Optional.empty(),
                s -> counter(s, counter).map(n -> n * 60 / steadySeconds(s)),
                Optional.empty());
    }

    /** The same measure, with a note on the ceiling the report states beside the capacity. */
    public CapacityMeasure withCeilingNote(String note) {
        return new CapacityMeasure(unit, intended, achieved, Optional.of(note));
    }

    private static double steadySeconds(RunSummary s) {
        if (s.steady() == null || s.steady().toSeconds() <= s.steady().fromSeconds()) {
            return s.durationSeconds();
        }
        return s.steady().toSeconds() - s.steady().fromSeconds();
    }

    /** The work line of that name in the summary. */
    private static Optional<RunSummary.WorkItem> workLine(RunSummary s, String name) {
        return s.work() == null
                ? Optional.empty()
                : s.work().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    private static Optional<Double> work(RunSummary s, String name) {
        return workLine(s, name).map(RunSummary.WorkItem::achieved);
    }

    private static Optional<Double> intendedWork(RunSummary s, String name) {
        return workLine(s, name).map(RunSummary.WorkItem::intended);
    }

    private static Optional<Double> steadyOk(RunSummary s, List<List<String>> paths) {
        if (s.steady() == null || s.steady().requests() == null) {
            return Optional.empty();
        }
        return Optional.of(s.steady().requests().stream()
                .filter(r -> paths.contains(path(r)))
                .mapToDouble(r -> r.stats().ok())
                .sum());
    }

    private static List<String> path(RunSummary.PathStats request) {
        var path = new java.util.ArrayList<String>(request.groups());
        path.add(request.name());
        return path;
    }

    private static Optional<Double> counter(RunSummary s, String name) {
        return s.metrics() == null
                ? Optional.empty()
                : s.metrics().counters().stream()
                        .filter(c -> c.name().equals(name))
                        .map(MetricsSummary.Counter::value)
                        .map(Long::doubleValue)
                        .findFirst();
    }
}
