package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.Judging;
import com.salesmachine.loadtest.config.LoadModel;
import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.Work;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunJudgeTest {
    private static final LoadShape SHAPE =
            LoadShape.of(10, Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(10), Duration.ZERO, 2);
    private static final String DASHBOARD = "Check the dashboard / Get dashboard";
    private static final Slo P95 = Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500);

    @Test
    void latency_isJudgedOnTheSteadyWindow_andFailuresOnTheWholeRun() {
        // Warm-up made the whole run's p95 600 ms; the steady window's is 120 ms.
        var run = run(stats(1000, 20, 600), Optional.of(stats(800, 0, 120)), users(30, 30, 10));
        var judged = judge(LoadModel.CLOSED, List.of(P95, Slo.globalFailedBelow(1)), List.of(), run);

        assertTrue(judged.verdict().slos().get(0).passed());
        assertEquals(120.0, judged.verdict().slos().get(0).actual().getAsDouble());
        assertEquals(2.0, judged.verdict().slos().get(1).actual().getAsDouble());
        assertFalse(judged.verdict().slos().get(1).passed());
        assertEquals("FAIL", judged.verdict().verdict());
    }

    @Test
    void withoutASteadyWindow_latencyIsJudgedOnTheWholeRun_andSaysSo() {
        var run = run(stats(10, 0, 90), Optional.empty(), users(1, 1, Double.NaN));
        var judged = judge(LoadModel.CLOSED, List.of(P95), List.of(), run);

        assertEquals(90.0, judged.verdict().slos().get(0).actual().getAsDouble());
        assertEquals(
                "Check the dashboard / Get dashboard: 95th percentile of response time (whole run) is less than 500 ms",
                judged.verdict().slos().get(0).slo().name());
    }

    @Test
    void sessionsLeftUnfinished_makeTheRunInvalid_withTheCounts() {
        var run = run(stats(1000, 0, 100), Optional.of(stats(800, 0, 100)), users(40, 12, 10));
        var judged = judge(LoadModel.CLOSED, List.of(P95), List.of(), run);

        assertEquals("INVALID", judged.verdict().verdict());
        assertEquals(4, judged.verdict().exitCode());
        assertTrue(
                judged.verdict().invalidBecause().get(0).contains("sessions finished: 12 of 40 sessions (30.0 %)"),
                judged.verdict().invalidBecause().toString());
    }

    @Test
    void aClosedModel_statesItsUsers_againstTheSteadyWindowsMeanActiveUsers() {
        var run = run(stats(1000, 0, 100), Optional.of(stats(800, 0, 100)), users(30, 30, 8.9));
        var judged = judge(LoadModel.CLOSED, List.of(), List.of(), run);

        Work concurrency = judged.work().get(0);
        assertEquals("concurrent users (steady mean)", concurrency.name());
        assertEquals(10, concurrency.intended());
        assertEquals(8.9, concurrency.achieved());
        assertEquals("INVALID", judged.verdict().verdict(), "89 % of the intended concurrency");
    }

    @Test
    void anOpenModel_statesTheUsersStarted_andTheScenariosOwnCounts() {
        var run = run(stats(1000, 0, 100), Optional.of(stats(800, 0, 100)), users(10, 10, 4));
        var intents = List.<WorkIntent>of(WorkIntent.counted("operations started", "operations", 40, () -> 6));
        var judged = judge(LoadModel.OPEN_PACED, List.of(), intents, run);

        assertEquals(
                List.of("users started", "sessions finished", "operations started"),
                judged.work().stream().map(Work::name).toList());
        assertTrue(judged.verdict().headline().contains("operations started: 6 of 40 operations"));
    }

    @Test
    void anOfferedRate_isMeasuredAsGroupsStartedPerSecondInTheSteadyWindow() {
        // 800 dashboard groups started in the 40 s window: 20 a second, against 25 intended.
        var run = run(stats(1000, 0, 100), Optional.of(stats(800, 0, 100)), users(10, 10, 10));
        var intents = List.<WorkIntent>of(WorkIntent.groupRate("dashboards offered", "Check the dashboard", 25));
        var judged = judge(LoadModel.CLOSED_PACED, List.of(), intents, run);

        Work rate = judged.work().get(2);
        assertEquals(20.0, rate.achieved(), 1e-9);
        assertEquals(80.0, rate.percent(), 1e-9);
        assertFalse(rate.judged(), "a paced load's rate is stated: the API's 429s slow it by design");
        assertEquals("PASS", judged.verdict().verdict());
    }

    @Test
    void aCounterObjective_readsTheScenariosCounter() {
        var run = run(stats(10, 0, 90), Optional.empty(), users(10, 10, Double.NaN));
        var judge = new RunJudge(new RunPublisher.Judgement(
                LoadModel.OPEN_PACED,
                SHAPE,
                List.of(Slo.counterIs("Emails lost", 0)),
                List.of(),
                Judging.defaults(),
                InjectorView.NONE));
        var judged = judge.judge(
                run, new MetricsSummary(List.of(), List.of(new MetricsSummary.Counter("Emails lost", 3)), List.of()));

        assertEquals(3.0, judged.verdict().slos().get(0).actual().getAsDouble());
        assertEquals("FAIL", judged.verdict().verdict());
    }

    @Test
    void aSaturatedInjector_makesTheRunInvalid() {
        var run = run(stats(10, 0, 90), Optional.of(stats(8, 0, 90)), users(10, 10, 10));
        InjectorView starved = (fromMillis, toMillis, window) -> new InjectorView.Health(
                InjectorView.NONE.over(fromMillis, toMillis, window).figures(),
                List.of("injector CPU 97 % of 2 cores over the " + window + " window (limit 90 %)"));
        var judged = new RunJudge(new RunPublisher.Judgement(
                        LoadModel.CLOSED, SHAPE, List.of(), List.of(), Judging.defaults(), starved))
                .judge(run, new MetricsSummary(List.of(), List.of(), List.of()));

        assertEquals(
                "INVALID: generator saturated: injector CPU 97 % of 2 cores over the steady window (limit 90 %)",
                judged.verdict().headline());
    }

    @Test
    void aStoppedStaircase_isStopped_judgingItsUsersOverThePartItRan_andNotTheSessionsTheStopEnded() {
        // Steps of 10 s at 10, 15, 20 users after a 10 s ramp-up; the steady view lasts 25 s: stopped at 35 s.
        LoadShape stress = new com.salesmachine.loadtest.config.Stages(
                        java.time.Duration.ofSeconds(10),
                        2,
                        java.time.Duration.ofSeconds(5),
                        java.time.Duration.ofSeconds(5))
                .stress(LoadShape.of(
                        10,
                        java.time.Duration.ofSeconds(10),
                        java.time.Duration.ofSeconds(30),
                        java.time.Duration.ZERO,
                        java.time.Duration.ZERO,
                        1));
        long start = 1_000_000;
        var run = new GatlingRunReader.GatlingRun(
                "Sim",
                start - 500,
                start,
                start + 35_000,
                view(start, start + 35_000, stats(100, 0, 900)),
                Optional.of(view(start + 10_000, start + 35_000, stats(80, 0, 900))),
                List.of(),
                20,
                users(60, 20, 14.0));
        var stop = new com.salesmachine.loadtest.verdict.Stop(start + 35_000, "x", "p95 900 ms", 900, 15, 20);
        var judged = new RunJudge(new RunPublisher.Judgement(
                        LoadModel.CLOSED,
                        stress,
                        List.of(Slo.percentileBelow(List.of("Check the dashboard", "Get dashboard"), 95, 500)),
                        List.of(),
                        Judging.defaults(),
                        InjectorView.NONE,
                        Optional.of(stop),
                        LogAnalysis.NONE))
                .judge(run, new MetricsSummary(List.of(), List.of(), List.of()));

        assertEquals("STOPPED", judged.verdict().verdict());
        assertEquals(3, judged.verdict().exitCode());
        Work users = judged.work().get(0);
        assertEquals((10 * 10 + 10 * 15 + 5 * 20) / 25.0, users.intended(), 1e-9);
        assertTrue(users.judged());
        Work sessions = judged.work().get(1);
        assertEquals(20, sessions.achieved());
        assertFalse(sessions.judged(), "the stop ended those sessions on purpose");
    }

    private static RunJudge.Judged judge(
            LoadModel model, List<Slo> slos, List<WorkIntent> intents, GatlingRunReader.GatlingRun run) {
        return new RunJudge(
                        new RunPublisher.Judgement(model, SHAPE, slos, intents, Judging.defaults(), InjectorView.NONE))
                .judge(run, new MetricsSummary(List.of(), List.of(), List.of()));
    }

    private static GatlingRunReader.GatlingRun run(
            RunSummary.Stats whole, Optional<RunSummary.Stats> steady, GatlingRunReader.Users users) {
        long start = 1_000_000;
        return new GatlingRunReader.GatlingRun(
                "Sim",
                start - 500,
                start,
                start + 60_000,
                view(start, start + 60_000, whole),
                steady.map(s -> view(start + 10_000, start + 50_000, s)),
                List.of(),
                10,
                users);
    }

    private static GatlingRunReader.View view(long from, long to, RunSummary.Stats stats) {
        return new GatlingRunReader.View(
                from,
                to,
                stats,
                List.of(new RunSummary.PathStats(DASHBOARD, "Get dashboard", List.of("Check the dashboard"), stats)),
                List.of(new RunSummary.PathStats("Check the dashboard", "Check the dashboard", List.of(), stats)));
    }

    private static RunSummary.Stats stats(long count, long ko, long p95) {
        double koPercent = count == 0 ? 0 : Math.round(10000.0 * ko / count) / 100.0;
        return new RunSummary.Stats(
                count, count - ko, ko, koPercent, 1, 1, p95 / 2, 1, p95 / 2, p95 / 2, p95, p95, p95);
    }

    private static GatlingRunReader.Users users(long started, long finished, double meanActive) {
        return new GatlingRunReader.Users(started, finished, meanActive);
    }
}
