package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** "Work prospects": browse a filtered list, add the fed prospect, open it. */
public final class ProspectChains {
    public static final String WORK_PROSPECTS = "Work prospects";

    private final ProspectEndpoints prospects;
    private final Duration thinkTime;

    public ProspectChains(ApiPaths paths, RunMetrics metrics, Duration thinkTime) {
        this.prospects = new ProspectEndpoints(paths, metrics);
        this.thinkTime = thinkTime;
    }

    public ChainBuilder workProspects() {
        return group(WORK_PROSPECTS)
                .on(
                        prospects.list(),
                        Think.around(thinkTime),
                        prospects.create(),
                        Think.around(thinkTime),
                        prospects.get());
    }
}
