package com.salesmachine.loadtest.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.standin.enrichment.EnrichmentHandlers;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the suite's count of 429s to the stand-in's own: reads the stand-in's enrichment counters
 * before the load and after it, and records what it served in between beside what the suite
 * received, so a mismatch shows in the run's summary and report (and in one WARN line). A target
 * that is not a stand-in has no counters; then there is nothing to reconcile, and it says so.
 * Never throws: it runs in the simulation's {@code after()}, where an exception would lose the run.
 */
public final class RateLimitReconciliation {
    public static final String SERVED_429 = "429s served (stand-in)";
    public static final String SERVED_202 = "202s served (stand-in)";
    public static final String RETRIES = "Retries after a 429 (stand-in)";
    public static final String EARLY_RETRIES = "Retries sooner than Retry-After (stand-in)";

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitReconciliation.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI countersUrl;
    private final Outbound outbound;
    private volatile Optional<Counts> atStart = Optional.empty();

    public RateLimitReconciliation(URI baseUrl, Outbound outbound) {
        this.countersUrl = URI.create(baseUrl + EnrichmentHandlers.COUNTERS_PATH);
        this.outbound = outbound;
    }

    /** What the stand-in's enrichment endpoint had served. */
    public record Counts(long accepted, long throttled, long retries, long earlyRetries) {
        static Counts parse(String body) {
            try {
                JsonNode json = JSON.readTree(body);
                return new Counts(
                        count(json, "accepted"),
                        count(json, "throttled"),
                        count(json, "retries"),
                        count(json, "earlyRetries"));
            } catch (IOException e) {
                throw new IllegalArgumentException("not JSON");
            }
        }

        Counts minus(Counts earlier) {
            return new Counts(
                    accepted - earlier.accepted,
                    throttled - earlier.throttled,
                    retries - earlier.retries,
                    earlyRetries - earlier.earlyRetries);
        }

        private static long count(JsonNode json, String field) {
            JsonNode value = json == null ? null : json.get(field);
            if (value == null || !value.isIntegralNumber()) {
                throw new IllegalArgumentException("no whole number '" + field + "'");
            }
            return value.asLong();
        }
    }

    /** For the simulation's {@code before()}. */
    public void atStart() {
        atStart = read();
    }

    /** For the simulation's {@code after()}, before the stand-in stops. */
    public void atEnd(RunMetrics metrics) {
        if (atStart.isEmpty()) {
            return;
        }
        Optional<Counts> atEnd = read();
        if (atEnd.isEmpty()) {
            return;
        }
        Counts served = atEnd.get().minus(atStart.get());
        metrics.count(SERVED_202, served.accepted());
        metrics.count(SERVED_429, served.throttled());
        metrics.count(RETRIES, served.retries());
        metrics.count(EARLY_RETRIES, served.earlyRetries());
        long received = counter(metrics, RateLimited.THROTTLED);
        if (received == served.throttled()) {
            LOG.info(
                    "429s: the suite received {}, the stand-in served {}; retries sooner than Retry-After: {}",
                    received,
                    served.throttled(),
                    served.earlyRetries());
        } else {
            LOG.warn(
                    "429s do not reconcile: the suite received {}, the stand-in served {} (a request cut off by the"
                            + " run's time limit, or another client of the same stand-in?)",
                    received,
                    served.throttled());
        }
        if (served.earlyRetries() > 0) {
            LOG.warn("The stand-in saw {} retries sooner than the Retry-After it gave", served.earlyRetries());
        }
    }

    static long counter(RunMetrics metrics, String name) {
        return metrics.snapshot().counters().stream()
                .filter(c -> c.name().equals(name))
                .mapToLong(MetricsSummary.Counter::value)
                .sum();
    }

    private Optional<Counts> read() {
        try {
            var answer = outbound.send(Outbound.get("API_BASE_URL", countersUrl));
            if (answer.status() != 200) {
                LOG.info(
                        "No stand-in counters at {} (HTTP {}): the 429 count is not reconciled",
                        countersUrl,
                        answer.status());
                return Optional.empty();
            }
            return Optional.of(Counts.parse(answer.body()));
        } catch (OutboundException | IllegalArgumentException e) {
            LOG.warn("Cannot read the stand-in counters at {}: {}", countersUrl, e.getMessage());
            return Optional.empty();
        }
    }
}
