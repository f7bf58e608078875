package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.config.EnrichmentSettings;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.endpoints.EnrichmentEndpoints;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.metrics.ObservedTimes;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.WorkflowThroughput;
import com.salesmachine.loadtest.polling.Polling;
import com.salesmachine.loadtest.ratelimit.FullJitterBackoff;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy;
import com.salesmachine.loadtest.ratelimit.RateLimited;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;
import java.util.Optional;

/**
 * "Add a prospect"; "Enrich the prospect": ask for its AI enrichment (retrying politely while the
 * AI budget is spent) and poll until it is observed to complete; the group's duration is the
 * enrichment's completion time as the user sees it. Then "Verify the enrichment" data.
 */
public final class EnrichmentChains {
    public static final String ADD_PROSPECT = "Add a prospect";
    public static final String ENRICH_PROSPECT = "Enrich the prospect";
    public static final String VERIFY_ENRICHMENT = "Verify the enrichment";

    public static final String TRIGGERED = "Enrichments triggered";
    public static final String ACCEPTED_AT_ONCE = "Enrichments accepted at once";
    public static final String THROTTLED_THEN_ACCEPTED = "Enrichments throttled, then accepted";
    public static final String FAILED_AFTER_RETRIES = "Enrichments failed after retries";
    public static final String TRIGGER_ERRORS = "Enrichment trigger errors";
    public static final String COMPLETED = "Enrichments completed";
    public static final String FAILED = "Enrichments failed";
    public static final String TIMEOUTS = "Enrichment time-outs";
    public static final String THROTTLED_SHARE = "Enrichments throttled (at least one 429)";
    public static final String ATTEMPTS = "Trigger attempts per enrichment";
    public static final String COMPLETION_TIME = "Enrichment completion time (first trigger to observed completion)";
    public static final String POLLS = "Polls per enrichment";

    private static final Map<RateLimited.Outcome, String> OUTCOMES = Map.of(
            RateLimited.Outcome.ACCEPTED, ACCEPTED_AT_ONCE,
            RateLimited.Outcome.THROTTLED_THEN_ACCEPTED, THROTTLED_THEN_ACCEPTED,
            RateLimited.Outcome.FAILED_AFTER_RETRIES, FAILED_AFTER_RETRIES,
            RateLimited.Outcome.ERROR, TRIGGER_ERRORS);

    private final ProspectEndpoints prospects;
    private final EnrichmentEndpoints enrichment;
    private final RateLimited trigger;
    private final Polling polling;
    private final RunMetrics metrics;
    private final WorkflowThroughput throughput;

    public EnrichmentChains(
            ApiPaths paths, EnrichmentSettings settings, RunMetrics metrics, WorkflowThroughput throughput) {
        this.prospects = new ProspectEndpoints(paths, metrics);
        this.enrichment = new EnrichmentEndpoints(settings, metrics);
        var policy = new RateLimitPolicy(
                202,
                settings.rateLimitMaxAttempts(),
                settings.rateLimitMaxWait(),
                new FullJitterBackoff(settings.rateLimitBackoffBase(), settings.rateLimitBackoffCap()));
        this.trigger = RateLimited.of("enrichment", enrichment.trigger(), policy, metrics);
        this.polling = Polling.of("enrichment", enrichment.poll(), EnrichmentEndpoints::progress)
                .clearing(EnrichmentEndpoints.statusKeys())
                .bounded(settings.maxPolls(), settings.timeout());
        this.metrics = metrics;
        this.throughput = throughput;
        // Shown as 0 in the report rather than left out when nothing happened.
        for (String counter : new String[] {TRIGGERED, FAILED_AFTER_RETRIES, TRIGGER_ERRORS, COMPLETED, TIMEOUTS}) {
            metrics.count(counter, 0);
        }
    }

    public ChainBuilder addProspect() {
        return group(ADD_PROSPECT).on(exec(session -> session.remove(SessionKeys.PROSPECT_ID)), prospects.create());
    }

    public ChainBuilder enrichProspect() {
        return doIf(session -> session.contains(SessionKeys.PROSPECT_ID))
                .then(group(ENRICH_PROSPECT)
                        .on(
                                exec(this::begin),
                                trigger.chain(),
                                exec(this::triggered),
                                doIf(EnrichmentChains::accepted).then(polling.chain(), exec(this::polled))));
    }

    /** Only after an enrichment observed to complete. */
    public ChainBuilder verifyEnrichment() {
        return doIf(session -> accepted(session) && Polling.outcome(session).equals(Optional.of(Polling.Outcome.DONE)))
                .then(group(VERIFY_ENRICHMENT).on(enrichment.get()));
    }

    private Session begin(Session session) {
        metrics.count(TRIGGERED, 1);
        return session.remove(SessionKeys.ENRICHMENT_ID)
                .remove(SessionKeys.POLL_OUTCOME)
                .set(SessionKeys.ENRICHMENT_ASKED_AT, System.currentTimeMillis());
    }

    private static boolean accepted(Session session) {
        Optional<RateLimited.Outcome> outcome = RateLimited.outcome(session);
        return session.contains(SessionKeys.ENRICHMENT_ID)
                && outcome.isPresent()
                && (outcome.get() == RateLimited.Outcome.ACCEPTED
                        || outcome.get() == RateLimited.Outcome.THROTTLED_THEN_ACCEPTED);
    }

    private Session triggered(Session session) {
        Optional<RateLimited.Outcome> outcome = RateLimited.outcome(session);
        if (outcome.isEmpty()) {
            return session;
        }
        RateLimited.Outcome counted = outcome.get();
        if (!accepted(session) && counted != RateLimited.Outcome.FAILED_AFTER_RETRIES) {
            // Accepted, but the answer broke the contract (no enrichment id): an error.
            counted = RateLimited.Outcome.ERROR;
        }
        metrics.count(OUTCOMES.get(counted), 1);
        int throttles = RateLimited.throttles(session);
        metrics.rate(THROTTLED_SHARE).record(throttles > 0);
        metrics.trend(ATTEMPTS, "attempts").record(RateLimited.attempts(session));
        if (throttles > 0) {
            metrics.trend(ObservedTimes.RATE_LIMIT_WAIT, "s")
                    .record(RateLimited.waited(session).toMillis() / 1000.0);
        }
        return session;
    }

    private Session polled(Session session) {
        metrics.trend(POLLS, "polls").record(Polling.polls(session));
        Optional<Polling.Outcome> outcome = Polling.outcome(session);
        if (outcome.isEmpty()) {
            return session;
        }
        switch (outcome.get()) {
            case DONE -> {
                long now = System.currentTimeMillis();
                metrics.count(COMPLETED, 1);
                metrics.trend(COMPLETION_TIME, "ms")
                        .record(Math.max(0, now - session.getLong(SessionKeys.ENRICHMENT_ASKED_AT)));
                throughput.completed(now);
            }
            case FAILED -> metrics.count(FAILED, 1);
            case TIMED_OUT -> metrics.count(TIMEOUTS, 1);
        }
        return session;
    }
}
