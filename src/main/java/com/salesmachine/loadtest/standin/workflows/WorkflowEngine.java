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
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * The stand-in N8N: the LinkedIn scraper workflow run by a bounded number of execution slots with
 * a queue in front. An execution waits for a slot, runs for a sampled time, then ends in {@code
 * success} (and creates the caller's prospect, {@code source=linkedin}) or {@code error}; a hanging
 * one keeps its slot and never ends, as an N8N without an execution time-out would.
 *
 * <p>In the contract flavor a queued execution has its id at once and is seen as {@code new}; in the
 * n8n flavor it gets its id only when it starts, and the webhook's answer waits for that (at most
 * {@link #ANSWER_WAIT}), so {@code new} is never seen.
 */
public final class WorkflowEngine {
    public static final String WORKFLOW_ID = "linkedin-scraper";
    public static final String MODE = "webhook";
    public static final String PROSPECT_SOURCE = "linkedin";
    /** Executions waiting for a slot; beyond this the webhook answers 503. */
    public static final int QUEUE_LIMIT = 10_000;
    /** The n8n flavor's longest wait for a slot before the webhook answers 503 instead. */
    public static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    /** Ended executions kept for the execution API; older ones are forgotten. */
    static final int ENDED_KEPT = 100_000;

    private final WorkflowConfig config;
    private final Clock clock;
    private final RandomGenerator random;
    private final Scheduler scheduler;
    private final ProspectStore prospects;
    private final ExecutionIds ids;

    /** Executions with an id, by id: the ones the execution API knows. */
    private final NavigableMap<Long, Run> runs = new TreeMap<>();

    private final ArrayDeque<Run> queue = new ArrayDeque<>();
    private final ArrayDeque<Long> ended = new ArrayDeque<>();
    private int running;

    public WorkflowEngine(
            WorkflowConfig config, Clock clock, RandomGenerator random, Scheduler scheduler, ProspectStore prospects) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.scheduler = scheduler;
        this.prospects = prospects;
        this.ids = new ExecutionIds(config.flavor(), random);
    }

    /**
     * Accepts a scrape for {@code owner}: starts it when a slot is free, else queues it. The answer is
     * the execution the webhook names: at once, except for one the n8n flavor queued, which is
     * answered when it starts, or fails with {@link WorkflowSlotWaitException} after {@link #ANSWER_WAIT}.
     */
    public synchronized CompletableFuture<Execution> trigger(String owner, ScrapeRequest request, WebhookCall call) {
        if (running >= config.concurrency() && queue.size() >= QUEUE_LIMIT) {
            throw new WorkflowQueueFullException(QUEUE_LIMIT);
        }
        Run run = new Run(owner, request, call, clock.instant());
        boolean slotFree = running < config.concurrency();
        if (config.flavor() == N8nFlavor.CONTRACT) {
            register(run);
        }
        if (slotFree) {
            start(run);
        } else {
            queue.add(run);
        }
        if (slotFree || config.flavor() == N8nFlavor.CONTRACT) {
            run.answer.complete(run.view());
        } else {
            run.answerWait = scheduler.schedule(ANSWER_WAIT, () -> giveUp(run));
        }
        return run.answer;
    }

    /** The execution of {@code id}, as the execution API finds it. */
    public synchronized Optional<Execution> find(String id) {
        return lookUp(id).map(Run::view);
    }

    /** Up to {@code limit} executions older than {@code beforeId} (every one: {@link Long#MAX_VALUE}), newest first. */
    public synchronized List<Execution> newest(int limit, long beforeId) {
        return runs.headMap(beforeId, false).descendingMap().values().stream()
                .limit(limit)
                .map(Run::view)
                .toList();
    }

    /** Forgets the execution of {@code id} (one still running runs on, unseen); the execution as it was. */
    public synchronized Optional<Execution> delete(String id) {
        Optional<Run> run = lookUp(id);
        run.ifPresent(r -> runs.remove(r.id));
        return run.map(Run::view);
    }

    /** Executions holding a slot (hanging ones included). */
    public synchronized int running() {
        return running;
    }

    /** Executions waiting for a slot. */
    public synchronized int queued() {
        return queue.size();
    }

    private Optional<Run> lookUp(String id) {
        OptionalLong number = ExecutionIds.parse(id);
        return number.isPresent() ? Optional.ofNullable(runs.get(number.getAsLong())) : Optional.empty();
    }

    private void register(Run run) {
        run.id = ids.next();
        runs.put(run.id, run);
    }

    private void start(Run run) {
        if (run.id == 0) {
            register(run);
        }
        running++;
        run.status = ExecutionStatus.RUNNING;
        run.startedAt = clock.instant();
        if (run.answerWait != null) {
            run.answerWait.cancel();
        }
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

    private void end(Run run, boolean fails) {
        Run next;
        Execution started = null;
        synchronized (this) {
            run.stoppedAt = clock.instant();
            run.status = fails ? ExecutionStatus.ERROR : createProspect(run);
            running--;
            ended.add(run.id);
            if (ended.size() > ENDED_KEPT) {
                runs.remove(ended.poll());
            }
            next = queue.poll();
            if (next != null) {
                start(next);
                started = next.view();
            }
        }
        // Outside the lock: completing an answer writes the webhook's response on this thread.
        if (next != null && !next.answer.isDone()) {
            next.answer.complete(started);
        }
    }

    private void giveUp(Run run) {
        boolean removed;
        synchronized (this) {
            removed = queue.remove(run);
        }
        if (removed) {
            run.answer.completeExceptionally(new WorkflowSlotWaitException(ANSWER_WAIT));
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

    /** One execution's mutable state, guarded by the engine; {@code id} is 0 until it has one. */
    private static final class Run {
        final String owner;
        final ScrapeRequest request;
        final WebhookCall call;
        final Instant createdAt;
        final CompletableFuture<Execution> answer = new CompletableFuture<>();
        long id;
        ExecutionStatus status = ExecutionStatus.NEW;
        Instant startedAt;
        Instant stoppedAt;
        Scheduler.Task answerWait;

        Run(String owner, ScrapeRequest request, WebhookCall call, Instant createdAt) {
            this.owner = owner;
            this.request = request;
            this.call = call;
            this.createdAt = createdAt;
        }

        Execution view() {
            return new Execution(Long.toString(id), status, WORKFLOW_ID, MODE, createdAt, startedAt, stoppedAt, call);
        }
    }
}
