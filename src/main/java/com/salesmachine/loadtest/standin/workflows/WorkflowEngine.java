package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.standin.database.Scheduler;
import com.salesmachine.loadtest.standin.prospects.NewProspect;
import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The stand-in N8N: the LinkedIn scraper workflow run by a bounded number of execution slots with
 * a queue in front. An execution waits as {@code new} for a slot, runs for a sampled time, then
 * ends in {@code success} (and creates the caller's prospect, {@code source=linkedin}) or
 * {@code error}; a hanging one keeps its slot and never ends, as an N8N without an execution
 * time-out would.
 */
public final class WorkflowEngine {
    public static final String WORKFLOW_ID = "linkedin-scraper";
    public static final String MODE = "webhook";
    public static final String PROSPECT_SOURCE = "linkedin";
    /** Executions waiting for a slot; beyond this the webhook answers 503. */
    public static final int QUEUE_LIMIT = 10_000;
    /** Ended executions kept for the execution API; older ones are forgotten. */
    static final int ENDED_KEPT = 100_000;

    private final WorkflowConfig config;
    private final Clock clock;
    private final RandomGenerator random;
    private final Scheduler scheduler;
    private final ProspectStore prospects;

    private final Map<String, Run> runs = new HashMap<>();
    private final ArrayDeque<Run> queue = new ArrayDeque<>();
    private final ArrayDeque<String> ended = new ArrayDeque<>();
    private long lastId;
    private int running;

    public WorkflowEngine(
            WorkflowConfig config, Clock clock, RandomGenerator random, Scheduler scheduler, ProspectStore prospects) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.scheduler = scheduler;
        this.prospects = prospects;
    }

    /** Accepts a scrape for {@code owner}: starts it when a slot is free, else queues it. */
    public synchronized Execution trigger(String owner, ScrapeRequest request) {
        if (running >= config.concurrency() && queue.size() >= QUEUE_LIMIT) {
            throw new WorkflowQueueFullException(QUEUE_LIMIT);
        }
        Run run = new Run(Long.toString(++lastId), owner, request);
        runs.put(run.id, run);
        if (running < config.concurrency()) {
            start(run);
        } else {
            queue.add(run);
        }
        return run.view();
    }

    public synchronized Optional<Execution> find(String id) {
        return Optional.ofNullable(runs.get(id)).map(Run::view);
    }

    /** Executions holding a slot (hanging ones included). */
    public synchronized int running() {
        return running;
    }

    /** Executions waiting for a slot. */
    public synchronized int queued() {
        return queue.size();
    }

    private void start(Run run) {
        running++;
        run.status = ExecutionStatus.RUNNING;
        run.startedAt = clock.instant();
        if (draw() < config.hangRatio()) {
            return;
        }
        boolean fails = draw() < config.failureRatio();
        Duration time;
        synchronized (random) {
            time = config.executionTime().sample(random);
        }
        scheduler.schedule(time, () -> end(run, fails));
    }

    private synchronized void end(Run run, boolean fails) {
        run.stoppedAt = clock.instant();
        run.status = fails ? ExecutionStatus.ERROR : createProspect(run);
        running--;
        ended.add(run.id);
        if (ended.size() > ENDED_KEPT) {
            runs.remove(ended.poll());
        }
        Run next = queue.poll();
        if (next != null) {
            start(next);
        }
    }

    private ExecutionStatus createProspect(Run run) {
        try {
            prospects.create(run.owner, prospectFrom(run.request));
            return ExecutionStatus.SUCCESS;
        } catch (RuntimeException e) {
            // A scrape that cannot store its prospect (the account is full) is a failed execution.
            return ExecutionStatus.ERROR;
        }
    }

    /** What the scraper "finds" on a profile: a name from the URL's handle, placeholders for the rest. */
    static NewProspect prospectFrom(ScrapeRequest request) {
        String handle = request.linkedinUrl().replaceAll("/+$", "");
        handle = handle.substring(handle.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        // Handles look like "ada-lovelace-1a2b3c": the words before the suffix are the name.
        String[] words = Arrays.stream(handle.split("-"))
                .filter(w -> w.matches("[a-z]+"))
                .toArray(String[]::new);
        String first = words.length > 0 ? capitalize(words[0]) : "Unknown";
        String last = words.length > 1
                ? Arrays.stream(words, 1, words.length)
                        .map(WorkflowEngine::capitalize)
                        .collect(Collectors.joining(" "))
                : "Unknown";
        String local = handle.replaceAll("[^a-z0-9]+", ".").replaceAll("(^\\.|\\.$)", "");
        return new NewProspect(
                first,
                last,
                (local.isEmpty() ? "profile" : local) + "@linkedin-scrape.example.com",
                "Unknown (scraped from LinkedIn)",
                null,
                request.linkedinUrl(),
                ProspectStatus.NEW,
                PROSPECT_SOURCE,
                request.tags());
    }

    private double draw() {
        synchronized (random) {
            return random.nextDouble();
        }
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** One execution's mutable state, guarded by the engine. */
    private final class Run {
        final String id;
        final String owner;
        final ScrapeRequest request;
        ExecutionStatus status = ExecutionStatus.NEW;
        Instant startedAt;
        Instant stoppedAt;

        Run(String id, String owner, ScrapeRequest request) {
            this.id = id;
            this.owner = owner;
            this.request = request;
        }

        Execution view() {
            return new Execution(
                    id, status == ExecutionStatus.SUCCESS, MODE, status, WORKFLOW_ID, startedAt, stoppedAt);
        }
    }
}
