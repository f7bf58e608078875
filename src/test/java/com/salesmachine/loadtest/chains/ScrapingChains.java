package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.config.N8nSettings;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.endpoints.N8nEndpoints;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.metrics.ObservedTimes;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.WorkflowThroughput;
import com.salesmachine.loadtest.polling.Polling;
import com.salesmachine.loadtest.preflight.N8nTarget;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * "Scrape a LinkedIn profile": trigger the N8N workflow and poll it until it is observed to end
 * (the group's time is the workflow's end-to-end time); then "Verify the scraped prospect".
 */
public final class ScrapingChains {
    public static final String SCRAPE_PROFILE = "Scrape a LinkedIn profile";
    public static final String VERIFY_PROSPECT = "Verify the scraped prospect";

    public static final String WORKFLOWS_TRIGGERED = "Workflows triggered";
    public static final String WORKFLOWS_COMPLETED = "Workflows completed";
    public static final String WORKFLOWS_FAILED = "Workflows failed";
    public static final String WORKFLOW_TIMEOUTS = "Workflow time-outs";
    public static final String POLLS_PER_WORKFLOW = "Polls per workflow";

    private final N8nEndpoints n8n;
    private final ProspectEndpoints prospects;
    private final Polling polling;
    private final RunMetrics metrics;
    private final WorkflowThroughput throughput;

    public ScrapingChains(
            N8nTarget target, N8nSettings bounds, ApiPaths paths, RunMetrics metrics, WorkflowThroughput throughput) {
        this.n8n = new N8nEndpoints(target);
        this.prospects = new ProspectEndpoints(paths, metrics);
        this.polling = Polling.of("workflow", n8n.execution(), N8nEndpoints::progress)
                .clearing(N8nEndpoints.executionKeys())
                .bounded(bounds.workflowMaxPolls(), bounds.workflowTimeout());
        this.metrics = metrics;
        this.throughput = throughput;
    }

    public ChainBuilder scrapeProfile() {
        return group(SCRAPE_PROFILE)
                .on(
                        exec(session -> session.remove(SessionKeys.EXECUTION_ID).remove(SessionKeys.POLL_OUTCOME)),
                        n8n.trigger(),
                        doIf(session -> session.contains(SessionKeys.EXECUTION_ID))
                                .then(exec(this::triggered), polling.chain(), exec(this::record)));
    }

    /** Only after a workflow that ended in success. */
    public ChainBuilder verifyProspect() {
        return doIf(session -> Polling.outcome(session).equals(Optional.of(Polling.Outcome.DONE)))
                .then(group(VERIFY_PROSPECT).on(prospects.findScraped()));
    }

    private Session triggered(Session session) {
        metrics.count(WORKFLOWS_TRIGGERED, 1);
        return session.set(SessionKeys.TRIGGERED_AT, System.currentTimeMillis());
    }

    private Session record(Session session) {
        metrics.trend(POLLS_PER_WORKFLOW, "polls").record(Polling.polls(session));
        Optional<Polling.Outcome> outcome = Polling.outcome(session);
        if (outcome.isEmpty()) {
            return session;
        }
        switch (outcome.get()) {
            case DONE -> {
                metrics.count(WORKFLOWS_COMPLETED, 1);
                throughput.completed(System.currentTimeMillis());
            }
            case FAILED -> metrics.count(WORKFLOWS_FAILED, 1);
            case TIMED_OUT -> metrics.count(WORKFLOW_TIMEOUTS, 1);
        }
        if (outcome.get() != Polling.Outcome.TIMED_OUT) {
            Optional<Long> execution =
                    between(session, SessionKeys.EXECUTION_STARTED_AT, SessionKeys.EXECUTION_STOPPED_AT);
            execution.ifPresent(
                    ms -> metrics.trend(ObservedTimes.WORKFLOW_EXECUTION, "ms").record(ms));
            if (outcome.get() == Polling.Outcome.DONE && execution.isPresent()) {
                long observed = System.currentTimeMillis() - session.getLong(SessionKeys.TRIGGERED_AT);
                metrics.trend(ObservedTimes.WORKFLOW_BEYOND_EXECUTION, "ms")
                        .record(Math.max(0, observed - execution.get()));
            }
            between(session, SessionKeys.EXECUTION_CREATED_AT, SessionKeys.EXECUTION_STARTED_AT)
                    .ifPresent(ms -> metrics.trend(ObservedTimes.WORKFLOW_SLOT_WAIT, "ms")
                            .record(ms));
        }
        return session;
    }

    /** The time between two of the execution's instants, when it gave both and they are in order. */
    private static Optional<Long> between(Session session, String fromKey, String toKey) {
        if (!session.contains(fromKey) || !session.contains(toKey)) {
            return Optional.empty();
        }
        try {
            Duration ran = Duration.between(
                    Instant.parse(session.getString(fromKey)), Instant.parse(session.getString(toKey)));
            return ran.isNegative() ? Optional.empty() : Optional.of(ran.toMillis());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
