package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.Environment;
import com.salesmachine.loadtest.results.RunSummary.Load;
import com.salesmachine.loadtest.results.RunSummary.Slo;
import com.salesmachine.loadtest.results.RunSummary.Target;

/**
 * The load-testing report ({@code report.md}) of one run: the seed report's sections, in its
 * order, filled in with the run's measured values. A figure the run cannot know says why in words.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static String markdown(RunSummary summary) {
        var out = new StringBuilder();
        title(out, summary);
        executiveSummary(out, summary);
        scenarioConfiguration(out, summary.load());
        ValiditySections.shards(out, summary);
        ValiditySections.intendedVsAchieved(out, summary);
        ValiditySections.injector(out, summary);
        TargetSections.resources(out, summary);
        StageSections.capacity(out, summary);
        MetricsSections.measuredMetrics(out, summary);
        MetricsSections.nfr3(out, summary);
        FindingsSections.errors(out, summary);
        FindingsSections.bottlenecks(out, summary);
        FindingsSections.scalingLimits(out, summary);
        environment(out, summary.environment());
        out.append("\n_Written from this run's `summary.json` (schema ")
                .append(summary.schemaVersion())
                .append("); Gatling's HTML report in the same folder (`index.html`) has the charts._\n");
        return out.toString();
    }

    private static void title(StringBuilder out, RunSummary s) {
        Target target = s.target();
        String where = Target.STAND_IN.equals(target.kind())
                ? "the embedded stand-in at " + target.url()
                : "the " + target.kind() + " API at " + target.url();
        out.append("# Load-testing report: ").append(s.simulation()).append("\n\n");
        out.append("Run `")
                .append(s.runId())
                .append("` (folder `")
                .append(s.runFolder())
                .append("`), profile `")
                .append(s.profile())
                .append("`, started ")
                .append(s.startTime())
                .append(", lasted ")
                .append(Figures.duration(s.durationSeconds()))
                .append(", against ")
                .append(where)
                .append(" (environment: ")
                .append(orUnknown(target.environment(), "the target did not say"))
                .append(").\n");
    }

    private static void executiveSummary(StringBuilder out, RunSummary s) {
        out.append("\n## Executive summary\n\n");
        long failed = s.slos().stream().filter(slo -> !slo.passed()).count();
        out.append("**Verdict: ").append(s.verdict()).append("**: ");
        if (RunSummary.INVALID.equals(s.verdict())) {
            out.append("this run's figures do not describe the API, so its SLOs prove nothing either way (exit code ")
                    .append(s.exitCode())
                    .append(").\n\n");
            for (String reason : s.validity().reasons()) {
                out.append("- ").append(MarkdownTable.inline(reason)).append('\n');
            }
            if (s.slos().isEmpty()) {
                return;
            }
            out.append("\nThe SLOs as measured, for the record:\n\n");
        } else if (s.stopped() != null) {
            RunSummary.Stopped stop = s.stopped();
            out.append("stop criteria stopped the injection at ")
                    .append(stop.atTime())
                    .append(" (")
                    .append(Figures.duration(stop.afterSeconds()))
                    .append(" after its start): ")
                    .append(MarkdownTable.inline(stop.reason()))
                    .append(", breaching `")
                    .append(MarkdownTable.inline(stop.slo()))
                    .append("` (exit code ")
                    .append(s.exitCode())
                    .append(").\n\nThe SLOs as measured over the run until then:\n\n");
        } else if (s.slos().isEmpty()) {
            out.append("this simulation asserts no SLOs, so nothing could fail.\n");
            return;
        } else if (failed == 0) {
            out.append("all ").append(s.slos().size()).append(" SLOs passed.\n\n");
        } else {
            out.append(failed).append(" of ").append(s.slos().size()).append(" SLOs failed.\n\n");
        }
        var table = new MarkdownTable("Scope", "What", "Window", "Target", ">Actual", "Verdict");
        for (Slo slo : s.slos()) {
            String verdict = slo.passed() ? "PASS" : "**FAIL**";
            table.row(slo.scope(), SloText.what(slo), slo.window(), SloText.target(slo), SloText.actual(slo), verdict);
        }
        out.append(table.render());
        out.append("\nLatency SLOs are judged on the steady-state window (ramps and JIT warm-up left out), failure"
                + " shares and counts on the whole run.\n");
    }

    private static void scenarioConfiguration(StringBuilder out, Load load) {
        out.append("\n## Scenario configuration\n\n");
        var table = new MarkdownTable("Setting", "Value");
        table.row("Load model", "`" + load.model() + "`");
        table.row(
                "Users",
                load.users()
                        + (load.model().startsWith("open")
                                ? " virtual users, arriving once each"
                                : " concurrent virtual users"));
        if (load.oneShot()) {
            String none = "none (one-shot run: every user starts at once)";
            table.row("Ramp-up", none).row("Steady", none).row("Ramp-down", none);
        } else {
            table.row("Ramp-up", Figures.duration(load.rampUpSeconds()))
                    .row("Steady", Figures.duration(load.steadySeconds()))
                    .row("Ramp-down", Figures.duration(load.rampDownSeconds()));
        }
        table.row("Think time", load.thinkTimeMs() + " ms (mean, between requests)")
                .row("Passes per user", load.passes())
                .row(
                        "Max duration",
                        load.maxDurationSeconds() > 0
                                ? Figures.duration(load.maxDurationSeconds()) + " (the run is stopped after this)"
                                : "no limit");
        out.append(table.render());
        out.append('\n').append(load.modelDescription()).append('\n');
    }

    private static void environment(StringBuilder out, Environment env) {
        out.append("\n## Environment\n\n");
        var table = new MarkdownTable("Item", "Value");
        table.row("Gatling", orUnknown(env.gatlingVersion(), "not recorded"))
                .row(
                        "Java",
                        orUnknown(env.javaVersion(), "not recorded") + " ("
                                + orUnknown(env.javaVendor(), "vendor not recorded") + ")")
                .row("OS", orUnknown(env.os(), "not recorded"))
                .row("Cores", env.cores())
                .row("Max heap", env.maxHeapMb() + " MB")
                .row("Git commit", orUnknown(env.gitCommit(), "not a git checkout"))
                .row("Hostname", orUnknown(env.hostname(), "the machine did not report its name"));
        out.append(table.render());
    }

    /** The value, or {@code unknown (why)} when it is null or blank. */
    static String orUnknown(String value, String why) {
        return value == null || value.isBlank() ? "unknown (" + why + ")" : value;
    }
}
