package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.preflight.EnrichmentPreflight;
import com.salesmachine.loadtest.preflight.N8nPreflight;
import com.salesmachine.loadtest.preflight.N8nTarget;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenarios' own checks before any load, on the run's one refusal path ({@link SuiteRun#beforeLoad}):
 * a bad setting or a failed check ends the run with one line before any load is sent.
 */
public final class PreLoadChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PreLoadChecks.class);

    private PreLoadChecks() {}

    /** Where the scraping workflow is, checked once: one scrape triggered and read back. */
    public static N8nTarget scrapingWorkflow(SuiteRun run) {
        return run.beforeLoad(r -> {
            N8nTarget n8n = N8nTarget.resolve(
                    r.settings(), r.target().baseUrl(), r.target().isStandIn());
            n8n.checkWith(r.outbound().guard());
            var data = r.fakeDataSource();
            String body = FakeData.json(data.scrape(
                    data.linkedinUrl(),
                    "scrape:" + r.runId() + "-" + r.settings().shard().namePrefix() + "preflight"));
            URI login = URI.create(r.target().baseUrl() + r.settings().paths().login());
            String id = new N8nPreflight(r.outbound())
                    .check(n8n, login, r.accounts().get(0), body);
            LOG.info("N8N workflow: {}; preflight triggered execution {} and read it back", n8n.describe(), id);
            return n8n;
        });
    }

    /** The enrichment path answers (asked without a token, so nothing is taken from the AI budget). */
    public static void enrichmentPath(SuiteRun run) {
        run.beforeLoad(r -> {
            String path = r.settings().enrichment().path();
            int status = new EnrichmentPreflight(r.outbound()).check(r.target().baseUrl(), path);
            LOG.info("Enrichment endpoint {} answers (HTTP {} without a token)", path, status);
            return status;
        });
    }
}
