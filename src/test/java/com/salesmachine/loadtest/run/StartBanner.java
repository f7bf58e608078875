package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.Durations;
import com.salesmachine.loadtest.emailqueue.UpstashRest;
import com.salesmachine.loadtest.preflight.Preflight;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lines a run prints once at its start: what it loads, how, with which settings; secrets masked. */
final class StartBanner {
    private static final Logger LOG = LoggerFactory.getLogger(SuiteRun.class);

    private StartBanner() {}

    static void log(SuiteRun run) {
        var lines = new ArrayList<String>();
        lines.add("Sales Machine load test " + run.simulation().getSimpleName() + ", run id " + run.runId());
        lines.add("  target           " + run.target().describe() + " (environment " + run.environment() + ")");
        lines.add("  production guard " + run.settings().productionHosts().describe()
                + (run.settings().allowProduction() ? " (ALLOW_PRODUCTION=true: not enforced)" : "")
                + "; health words " + String.join("/", new java.util.TreeSet<>(Preflight.PRODUCTION_WORDS)));
        lines.add("  load             " + run.shape() + ", max duration " + Durations.format(run.maxDuration()));
        lines.add("  accounts         " + run.accounts().size() + " from "
                + run.settings().testUsersFile());
        lines.add("  queue store      "
                + run.target().upstash().map(UpstashRest::toString).orElse("(none: no direct Redis probe)"));
        lines.add("  target metrics   "
                + run.targetWatch()
                        .map(w -> com.salesmachine.loadtest.settings.SettingSource.mask(
                                        w.sampler().url().toString()) + " every "
                                + Durations.format(w.sampler().interval()))
                        .orElse("(none: METRICS_URL not set, the target's resources are not measured)"));
        run.settings().describe().forEach(l -> lines.add("  " + l));
        LOG.info(run.secrets().scrub(String.join(System.lineSeparator(), lines)));
    }
}
