package com.salesmachine.loadtest.emailqueue;

import com.salesmachine.loadtest.load.PacedLoad;
import com.salesmachine.loadtest.metrics.MetricsSummary;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import com.salesmachine.loadtest.outbound.Outbound;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the email-queue scenario reports at the end of its run, beside Gatling's requests: the
 * reconciliation's counters and its one line, the queue's operations per second, both views of
 * Redis's p95 side by side, and the removal of a probe key a cut-short probe left behind.
 */
public final class EmailQueueReport {
    public static final String EMAILS_QUEUED = "Emails queued (as the API answered)";
    public static final String EMAILS_SENT = "Emails sent";
    public static final String EMAILS_FAILED = "Emails failed";
    public static final String EMAILS_STILL_QUEUED = "Emails still queued";
    public static final String EMAILS_LOST = "Emails lost";
    public static final String CAMPAIGNS_RECONCILED = "Campaigns reconciled";
    public static final String CAMPAIGNS_WITH_LOSS = "Campaigns with lost emails";
    public static final String CAMPAIGNS_NOT_RECONCILED = "Campaigns not reconciled";
    public static final String QUEUE_OPERATIONS_PER_SECOND = "Queue operations per second";
    public static final String OPERATIONS_NOT_STARTED = "Operations not started (time limit)";
    /** The direct probe's own trend (the queue's store as the suite sees it, not as the API reports it). */
    public static final String DIRECT_PROBE_DURATION = "Redis operation duration (direct probe)";

    private static final Logger LOG = LoggerFactory.getLogger(EmailQueueReport.class);

    private final RunMetrics metrics;
    private final EmailLedger ledger;
    private final PacedLoad paced;
    private final LongSupplier operationsNotStarted;
    private final Optional<UpstashRest> store;
    private final Outbound outbound;
    private final String runId;

    public EmailQueueReport(
            RunMetrics metrics,
            EmailLedger ledger,
            PacedLoad paced,
            LongSupplier operationsNotStarted,
            Optional<UpstashRest> store,
            Outbound outbound,
            String runId) {
        this.metrics = metrics;
        this.ledger = ledger;
        this.paced = paced;
        this.operationsNotStarted = operationsNotStarted;
        this.store = store;
        this.outbound = outbound;
        this.runId = runId;
    }

    /** Everything, in order: the reconciliation's counters, the Redis line, a probe key left behind. */
    public void atEnd() {
        recordReconciliation();
        logRedisP95();
        removeProbeKeyLeftBehind();
    }

    /** The key the direct probe uses, and the only one it touches: {@code loadtest:<run id>:email-queue-probe}. */
    public static String probeKey(String runId) {
        return "loadtest:" + runId + ":email-queue-probe";
    }

    /** The reconciliation's totals as counters, and one line: ERROR when an email was lost or a campaign not reconciled. */
    public void recordReconciliation() {
        EmailLedger.Totals totals = ledger.totals();
        metrics.count(EMAILS_QUEUED, totals.queued());
        metrics.count(EMAILS_SENT, totals.sent());
        metrics.count(EMAILS_FAILED, totals.failed());
        metrics.count(EMAILS_STILL_QUEUED, totals.stillQueued());
        metrics.count(EMAILS_LOST, totals.lost());
        metrics.count(CAMPAIGNS_RECONCILED, totals.reconciled());
        metrics.count(CAMPAIGNS_WITH_LOSS, totals.withLoss().size());
        metrics.count(CAMPAIGNS_NOT_RECONCILED, totals.notReconciled());
        long notStarted = operationsNotStarted.getAsLong();
        metrics.count(OPERATIONS_NOT_STARTED, notStarted);
        if (notStarted > 0) {
            LOG.error("Operations: {}", OperationsNotStarted.describe(notStarted, paced));
        }
        ledger.queueOperationsPerSecond()
                .forEach(
                        n -> metrics.trend(QUEUE_OPERATIONS_PER_SECOND, "ops/s").record(n));
        String line = "Email reconciliation: " + totals.describe();
        if (totals.lost() > 0 || totals.notReconciled() > 0) {
            LOG.error(line);
        } else {
            LOG.info(line);
        }
    }

    /** Both views of Redis, side by side: as the API measures it, and as the probe sees the store directly. */
    public void logRedisP95() {
        var trends = metrics.snapshot().trends();
        String serverTiming = p95Of(trends, ServerTiming.REDIS_OPERATION_DURATION, "operations");
        String probe = store.isPresent()
                ? p95Of(trends, DIRECT_PROBE_DURATION, "commands")
                : "not run (UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN not set)";
        LOG.info("Redis operation duration p95: {} from Server-Timing; {} from the direct probe", serverTiming, probe);
    }

    /** The probe deletes its key itself; this catches a probe cut short by the run's time limit. */
    public void removeProbeKeyLeftBehind() {
        store.ifPresent(upstash -> {
            String key = probeKey(runId);
            try {
                long removed =
                        new UpstashClient(upstash, outbound).command("DEL", key).asLong();
                if (removed > 0) {
                    LOG.warn("Removed the Redis probe key {} left behind", key);
                }
            } catch (IOException e) {
                LOG.warn("Could not remove the Redis probe key {}: {}", key, e.getMessage());
            }
        });
    }

    private static String p95Of(List<MetricsSummary.Trend> trends, String name, String what) {
        return trends.stream()
                .filter(t -> t.name().equals(name) && t.count() > 0)
                .findFirst()
                .map(t -> String.format(Locale.ROOT, "%.1f ms (%,d %s)", t.p95(), t.count(), what))
                .orElse("none measured");
    }
}
