package com.salesmachine.loadtest.results;

/** The report's section on a staged run (stress, spike): its levels, intended against achieved, and the spike's recovery. */
final class StageSections {
    private StageSections() {}

    static void capacity(StringBuilder out, RunSummary s) {
        if (s.steps().isEmpty() && s.spike() == null) {
            return;
        }
        out.append("\n## Steps\n\n");
        var table = new MarkdownTable(
                ">Step",
                ">From",
                ">To",
                ">Intended users",
                ">Achieved users",
                ">Requests",
                ">Throughput",
                ">p95",
                ">Errors",
                "Held");
        for (RunSummary.Step step : s.steps()) {
            table.row(
                    step.step(),
                    Figures.duration(step.fromSeconds()),
                    Figures.duration(step.toSeconds()),
                    step.intendedUsers(),
                    Figures.decimals(step.achievedUsers()),
                    Figures.count(step.requests()),
                    Figures.rps(step.throughputRps()),
                    step.p95Ms() == null ? "none" : Figures.ms(Math.round(step.p95Ms())),
                    step.failedPercent() == null ? "none" : Figures.percent(step.failedPercent()),
                    step.completed()
                            ? "yes"
                            : step.toSeconds() <= step.fromSeconds() ? "not reached" : "no (ended before)");
        }
        out.append(table.render());
        out.append("\nEach level over its hold (seconds from the injection's start): intended users against the mean"
                + " users active; p95 (exact) and errors over every request that started there.\n");
        RunSummary.Spike spike = s.spike();
        if (spike != null) {
            out.append("\n**Spike**: up from ")
                    .append(Figures.duration(spike.startSeconds()))
                    .append(" (")
                    .append(spike.startTime())
                    .append("), back at the load level at ")
                    .append(Figures.duration(spike.endSeconds()))
                    .append(" (")
                    .append(spike.endTime())
                    .append("). **Recovery**: ")
                    .append(spike.recovery())
                    .append(".\n");
        }
    }
}
