package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.prospects.Prospect;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The stand-in's AI enrichment: a trigger for one of the caller's prospects takes its share of the
 * provider's {@link RateLimiter} and completes after a sampled time, or is refused with advice on
 * when to retry. It remembers that advice per prospect, so it can count retries and the ones that
 * came sooner than advised.
 */
public final class EnrichmentEngine {
    private final EnrichmentConfig config;
    private final Clock clock;
    private final RandomGenerator random;
    private final Scheduler scheduler;
    private final ProspectStore prospects;
    private final RateLimiter limiter;
    private final EnrichmentCounters counters = new EnrichmentCounters();

    /** The latest enrichment of each prospect, by prospect id. */
    private final Map<String, Job> jobs = new HashMap<>();
    /** Prospects whose last trigger was refused, with the earliest time advised for the retry (if any). */
    private final Map<String, Optional<Instant>> awaitingRetry = new HashMap<>();

    private long lastId;

    public EnrichmentEngine(
            EnrichmentConfig config,
            Clock clock,
            RandomGenerator random,
            Scheduler scheduler,
            ProspectStore prospects) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.scheduler = scheduler;
        this.prospects = prospects;
        this.limiter = RateLimiter.of(config, clock);
    }

    public synchronized Triggered trigger(String owner, String prospectId) {
        Optional<Prospect> prospect = prospects.find(owner, prospectId);
        if (prospect.isEmpty()) {
            return new Triggered.NoSuchProspect();
        }
        Job current = jobs.get(prospectId);
        if (current != null && current.status == EnrichmentStatus.PENDING) {
            return new Triggered.AlreadyRunning(current.view());
        }
        Instant now = clock.instant();
        Optional<Instant> advised = awaitingRetry.remove(prospectId);
        if (advised != null) {
            counters.retries.increment();
            if (advised.isPresent() && now.isBefore(advised.get())) {
                counters.earlyRetries.increment();
            }
        }
        RateLimiter.Take take = limiter.take();
        if (!take.taken()) {
            RetryAfterForm.Advice advice = config.retryAfter().advise(now, take.untilNextToken(), limiter.rounding());
            awaitingRetry.put(prospectId, advice.notBefore());
            counters.throttled.increment();
            return new Triggered.Throttled(advice, take.untilNextToken());
        }
        counters.accepted.increment();
        Job job = new Job("enr-" + (++lastId), prospect.get(), now);
        jobs.put(prospectId, job);
        scheduler.schedule(sampleTime(), () -> complete(job));
        return new Triggered.Accepted(job.view());
    }

    /** The latest enrichment of one of the caller's prospects. */
    public synchronized Optional<Enrichment> find(String owner, String prospectId) {
        if (prospects.find(owner, prospectId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(jobs.get(prospectId)).map(Job::view);
    }

    public EnrichmentCounters.Snapshot counts() {
        return counters.snapshot(config);
    }

    private synchronized void complete(Job job) {
        job.data = FakeEnrichment.of(job.prospect, random);
        job.completedAt = clock.instant();
        job.status = EnrichmentStatus.COMPLETED;
    }

    private Duration sampleTime() {
        synchronized (random) {
            return config.time().sample(random);
        }
    }

    /** One enrichment's mutable state, guarded by the engine. */
    private static final class Job {
        final String id;
        final Prospect prospect;
        final Instant requestedAt;
        EnrichmentStatus status = EnrichmentStatus.PENDING;
        Instant completedAt;
        EnrichmentData data;

        Job(String id, Prospect prospect, Instant requestedAt) {
            this.id = id;
            this.prospect = prospect;
            this.requestedAt = requestedAt;
        }

        Enrichment view() {
            return new Enrichment(id, prospect.id(), status, requestedAt, completedAt, data);
        }
    }
}
