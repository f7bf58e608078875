package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.verdict.RunVerdict;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.SloOutcome;
import com.salesmachine.loadtest.verdict.Stop;
import com.salesmachine.loadtest.verdict.Validity;
import com.salesmachine.loadtest.verdict.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Judges one reading of a run: the work it intended against what it achieved, the injector's
 * health, and every SLO on its window, into the run's one {@link RunVerdict}.
 */
public final class RunJudge {
    /** The work line of a closed model's concurrency over the steady window. */
    public static final String CONCURRENT_USERS = "concurrent users (steady mean)";

    private final LoadModel model;
    private final LoadShape shape;
    private final List<Slo> slos;
    private final List<WorkIntent> intents;
    private final Judging judging;
    private final InjectorView injector;
    private final Optional<Stop> stop;

    RunJudge(RunPublisher.Judgement judgement) {
        this.model = judgement.model();
        this.shape = judgement.shape();
        this.slos = List.copyOf(judgement.slos());
        this.intents = List.copyOf(judgement.intents());
        this.judging = judgement.judging();
        this.injector = judgement.injector();
        this.stop = judgement.stop();
    }

    /** What the judge found: the work table, the injector's figures, and the verdict. */
    record Judged(List<Work> work, RunSummary.Injector injector, RunVerdict verdict) {}

    Judged judge(GatlingRunReader.GatlingRun run, MetricsSummary metrics) {
        long from = run.steady().map(GatlingRunReader.View::fromMillis).orElse(run.injectStartMillis());
        long to = run.steady().map(GatlingRunReader.View::toMillis).orElse(run.injectEndMillis());
        String window = run.steady().isPresent() ? Slo.Window.STEADY.label() : Slo.Window.WHOLE_RUN.label();
        List<Work> work = work(run, metrics);
        InjectorView.Health health = injector.over(from, to, window);
        List<String> reasons = Validity.reasons(work, judging.minAchievedPercent(), health.saturation());
        return new Judged(work, health.figures(), new RunVerdict(outcomes(slos, run, metrics), reasons, stop));
    }

    /** Every objective judged on one reading: without a steady state (a one-shot shape) on the whole run, and named so. */
    static List<SloOutcome> outcomes(List<Slo> slos, GatlingRunReader.GatlingRun run, MetricsSummary metrics) {
        List<Slo> judged = run.steady().isPresent()
                ? slos
                : slos.stream().map(s -> s.on(Slo.Window.WHOLE_RUN)).toList();
        return SloOutcome.judge(judged, slo -> valueOf(slo, run, metrics));
    }

    private List<Work> work(GatlingRunReader.GatlingRun run, MetricsSummary metrics) {
        var work = new ArrayList<Work>();
        GatlingRunReader.Users users = run.users();
        if (model == LoadModel.OPEN_PACED || shape.oneShot()) {
            work.add(new Work("users started", "users", shape.users(), users.startedInLoadScenario()));
        } else if (run.steady().isPresent()) {
            // What the shape offered over the part of its steady time the run lasted (all of it unless stopped or cut
            // short).
            GatlingRunReader.View steady = run.steady().get();
            double intended =
                    shape.meanUsersUntil(java.time.Duration.ofMillis(steady.toMillis() - steady.fromMillis()));
            work.add(new Work(CONCURRENT_USERS, "users", intended, users.meanActiveInWindow()));
        }
        // A stop ends the sessions in flight on purpose: stated, not judged.
        work.add(new Work("sessions finished", "sessions", users.started(), users.finished(), stop.isEmpty()));
        for (WorkIntent intent : intents) {
            if (intent instanceof WorkIntent.Counted counted) {
                work.add(new Work(
                        counted.name(),
                        counted.unit(),
                        counted.intended(),
                        counted.achieved().getAsLong()));
            } else if (intent instanceof WorkIntent.GroupRate rate
                    && run.steady().isPresent()) {
                GatlingRunReader.View steady = run.steady().get();
                double seconds = (steady.toMillis() - steady.fromMillis()) / 1000.0;
                long started =
                        find(steady, rate.path()).map(RunSummary.Stats::count).orElse(0L);
                // Stated, not judged: a closed-paced load slows when the API makes its users wait (a 429's
                // Retry-After is the API's answer), and a window of a few slots counts them with edge effects.
                work.add(new Work(
                        rate.name(), "per second", rate.perSecond(), seconds <= 0 ? 0 : started / seconds, false));
            }
        }
        return work;
    }

    private static OptionalDouble valueOf(Slo slo, GatlingRunReader.GatlingRun run, MetricsSummary metrics) {
        if (slo.kind() == Slo.Kind.COUNTER) {
            return metrics.counters().stream()
                    .filter(c -> c.name().equals(slo.scope()))
                    .mapToDouble(MetricsSummary.Counter::value)
                    .findFirst();
        }
        GatlingRunReader.View view =
                slo.window() == Slo.Window.STEADY ? run.steady().orElseThrow() : run.whole();
        Optional<RunSummary.Stats> stats =
                slo.scope().equals(Slo.GLOBAL) ? Optional.of(view.global()) : find(view, slo.scope());
        if (stats.isEmpty()) {
            return OptionalDouble.empty();
        }
        RunSummary.Stats st = stats.get();
        return switch (slo.kind()) {
            case COUNT -> OptionalDouble.of(st.count());
            case FAILED_COUNT -> OptionalDouble.of(st.ko());
            case FAILED_PERCENT -> st.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(st.koPercent());
            case PERCENTILE, DURATION_PERCENTILE ->
                st.count() == 0 ? OptionalDouble.empty() : percentile(st, slo.percentile());
            case COUNTER -> OptionalDouble.empty();
        };
    }

    /** Gatling reports the 50th, 75th, 95th and 99th percentiles; another one is not measured. */
    private static OptionalDouble percentile(RunSummary.Stats st, double p) {
        if (p == 50) {
            return OptionalDouble.of(st.p50());
        } else if (p == 75) {
            return OptionalDouble.of(st.p75());
        } else if (p == 95) {
            return OptionalDouble.of(st.p95());
        } else if (p == 99) {
            return OptionalDouble.of(st.p99());
        } else if (p == 100) {
            return OptionalDouble.of(st.max());
        }
        return OptionalDouble.empty();
    }

    private static Optional<RunSummary.Stats> find(GatlingRunReader.View view, String path) {
        return view.requests().stream()
                .filter(r -> r.path().equals(path))
                .findFirst()
                .or(() -> view.groups().stream()
                        .filter(g -> g.path().equals(path))
                        .findFirst())
                .map(RunSummary.PathStats::stats);
    }
}
