package com.salesmachine.loadtest.standin.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.prospects.Prospect;
import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkflowEngineTest {
    private static final String ANN = "ann";
    private static final ScrapeRequest ADA =
            new ScrapeRequest("https://www.linkedin.com/in/ada-lovelace-1815", List.of("loadtest", "scrape:1"));
    private static final WebhookCall CALL =
            new WebhookCall(Map.of("linkedinUrl", ADA.linkedinUrl(), "tags", ADA.tags()), Map.of());

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final ProspectStore prospects =
            new ProspectStore(clock, () -> "p" + ids.incrementAndGet(), ProspectStore.DEFAULT_LIMIT);

    /** Every execution takes exactly {@code ms}: no spread. */
    private WorkflowEngine engine(int concurrency, long ms, double failureRatio, double hangRatio) {
        return engine(concurrency, ms, failureRatio, hangRatio, N8nFlavor.CONTRACT);
    }

    private WorkflowEngine engine(int concurrency, long ms, double failureRatio, double hangRatio, N8nFlavor flavor) {
        var config = WorkflowConfig.defaults()
                .withConcurrency(concurrency)
                .withExecutionTime(new ExecutionTime(ms, ms, ms))
                .withFailureRatio(failureRatio)
                .withHangRatio(hangRatio)
                .withFlavor(flavor);
        return new WorkflowEngine(config, clock, new Random(3), scheduler, prospects);
    }

    @Test
    void trigger_startsAtOnce_andSucceedsAfterItsExecutionTime_creatingTheCallersProspect() {
        var engine = engine(10, 1500, 0, 0);

        Execution started = trigger(engine);
        assertEquals(ExecutionStatus.RUNNING, started.status());
        assertEquals(clock.instant(), started.startedAt());
        assertNull(started.stoppedAt());
        assertFalse(started.finished());

        scheduler.advance(Duration.ofMillis(1499));
        assertEquals(
                ExecutionStatus.RUNNING, engine.find(started.id()).orElseThrow().status());
        assertEquals(0, prospects.counts(ANN).total());

        scheduler.advance(Duration.ofMillis(1));
        Execution done = engine.find(started.id()).orElseThrow();
        assertEquals(ExecutionStatus.SUCCESS, done.status());
        assertTrue(done.finished());
        assertEquals(Duration.ofMillis(1500), Duration.between(done.startedAt(), done.stoppedAt()));

        Prospect created = onlyProspectOf(ANN);
        assertEquals("linkedin", created.source());
        assertEquals(ADA.linkedinUrl(), created.linkedinUrl());
        assertEquals(ADA.tags(), created.tags());
        assertEquals("Ada", created.firstName());
        assertEquals("Lovelace", created.lastName());
        assertEquals(ProspectStatus.NEW, created.status());
        assertEquals(0, engine.running());
    }

    @Test
    void trigger_queuesBeyondTheSlots_andStartsTheOldestWaitingOneWhenASlotFrees() {
        var engine = engine(2, 1000, 0, 0);
        Execution first = trigger(engine);
        trigger(engine);
        scheduler.advance(Duration.ofMillis(400));
        Execution third = trigger(engine);
        Execution fourth = trigger(engine);

        assertEquals(ExecutionStatus.NEW, third.status());
        assertNull(third.startedAt());
        assertEquals(2, engine.running());
        assertEquals(2, engine.queued());

        scheduler.advance(Duration.ofMillis(600));
        assertEquals(
                ExecutionStatus.SUCCESS, engine.find(first.id()).orElseThrow().status());
        Execution thirdNow = engine.find(third.id()).orElseThrow();
        assertEquals(ExecutionStatus.RUNNING, thirdNow.status());
        assertEquals(clock.instant(), thirdNow.startedAt());
        assertEquals(
                ExecutionStatus.RUNNING, engine.find(fourth.id()).orElseThrow().status());
        assertEquals(0, engine.queued());

        scheduler.advance(Duration.ofMillis(1000));
        assertEquals(
                ExecutionStatus.SUCCESS, engine.find(fourth.id()).orElseThrow().status());
        assertEquals(4, prospects.counts(ANN).total());
    }

    @Test
    void failureRatioOne_endsEveryExecutionInError_withoutAProspect() {
        var engine = engine(10, 800, 1, 0);
        Execution execution = trigger(engine);

        scheduler.advance(Duration.ofMillis(800));

        Execution ended = engine.find(execution.id()).orElseThrow();
        assertEquals(ExecutionStatus.ERROR, ended.status());
        assertFalse(ended.finished());
        assertEquals(clock.instant(), ended.stoppedAt());
        assertEquals(0, prospects.counts(ANN).total());
        assertEquals(0, engine.running());
    }

    @Test
    void aFailureRatio_failsAboutThatShare() {
        var engine = engine(1000, 10, 0.2, 0);
        for (int i = 0; i < 1000; i++) {
            trigger(engine);
        }
        scheduler.advance(Duration.ofMillis(10));

        long successes = prospects.counts(ANN).total();
        assertTrue(successes > 750 && successes < 850, "successes: " + successes);
    }

    @Test
    void hangRatioOne_neverEnds_andKeepsItsSlot() {
        var engine = engine(1, 100, 0, 1);
        Execution hung = trigger(engine);
        Execution waiting = trigger(engine);

        scheduler.advance(Duration.ofHours(1));

        assertEquals(
                ExecutionStatus.RUNNING, engine.find(hung.id()).orElseThrow().status());
        assertNull(engine.find(hung.id()).orElseThrow().stoppedAt());
        assertEquals(
                ExecutionStatus.NEW, engine.find(waiting.id()).orElseThrow().status());
        assertEquals(0, scheduler.pending());
    }

    @Test
    void trigger_refusesWhenTheQueueIsFull() {
        var engine = engine(1, 100, 0, 1);
        for (int i = 0; i <= WorkflowEngine.QUEUE_LIMIT; i++) {
            trigger(engine);
        }

        assertThrows(WorkflowQueueFullException.class, () -> trigger(engine));
    }

    @Test
    void find_knowsNoUnknownId_andIdsAreIncreasingNumbers() {
        var engine = engine(10, 100, 0, 0);

        assertEquals(Optional.empty(), engine.find("1"));
        assertEquals("1", trigger(engine).id());
        assertEquals("2", trigger(engine).id());
    }

    @Test
    void theN8nFlavor_numbersExecutionsWithGapsOfUpToTwo_asARealN8nsSharedCounterDoes() {
        var engine = engine(100, 100, 0, 0, N8nFlavor.N8N);
        var gaps = new HashSet<Long>();
        long previous = 0;

        for (int i = 0; i < 50; i++) {
            long id = Long.parseLong(trigger(engine).id());
            gaps.add(id - previous - 1);
            previous = id;
        }

        assertEquals(Set.of(0L, 1L, 2L), gaps);
    }

    @Test
    void theN8nFlavor_answersAQueuedTriggerOnlyWhenItStarts_soNewIsNeverSeen() {
        var engine = engine(1, 1000, 0, 0, N8nFlavor.N8N);
        Execution first = trigger(engine);
        scheduler.advance(Duration.ofMillis(400));

        var second = engine.trigger(ANN, ADA, CALL);

        assertFalse(second.isDone());
        assertEquals(1, engine.queued());
        assertEquals(List.of(first.id()), ids(engine.newest(10, Long.MAX_VALUE)));
        scheduler.advance(Duration.ofMillis(600));
        Execution answered = second.getNow(null);
        assertEquals(ExecutionStatus.RUNNING, answered.status());
        assertEquals(Duration.ofMillis(600), Duration.between(answered.createdAt(), answered.startedAt()));
        assertTrue(Long.parseLong(answered.id()) > Long.parseLong(first.id()));
        assertEquals(1, scheduler.pending(), "the second execution's end; its answer's time-out called off");
    }

    @Test
    void theN8nFlavor_givesUpOnAQueuedTriggerAfterTheAnswerWait_withoutStartingIt() {
        var engine = engine(1, 100, 0, 1, N8nFlavor.N8N);
        trigger(engine);
        var waiting = engine.trigger(ANN, ADA, CALL);

        scheduler.advance(WorkflowEngine.ANSWER_WAIT);

        var failure = assertThrows(CompletionException.class, waiting::join);
        assertInstanceOf(WorkflowSlotWaitException.class, failure.getCause());
        assertEquals(0, engine.queued());
        assertEquals(1, engine.newest(10, Long.MAX_VALUE).size());
    }

    @Test
    void newest_listsNewestFirst_olderThanACursor_andKeepsWhatTheWebhookReceived() {
        var engine = engine(10, 100, 0, 0);
        for (int i = 0; i < 5; i++) {
            trigger(engine);
        }

        assertEquals(List.of("5", "4"), ids(engine.newest(2, Long.MAX_VALUE)));
        assertEquals(List.of("3", "2", "1"), ids(engine.newest(10, 4)));
        assertEquals(ADA.tags(), engine.find("3").orElseThrow().call().body().get("tags"));
    }

    @Test
    void delete_forgetsAnExecution_evenARunningOne_whichStillFreesItsSlotWhenItEnds() {
        var engine = engine(1, 100, 0, 0);
        Execution running = trigger(engine);
        Execution queued = trigger(engine);

        assertEquals(
                ExecutionStatus.RUNNING,
                engine.delete(running.id()).orElseThrow().status());
        assertEquals(Optional.empty(), engine.find(running.id()));
        assertEquals(Optional.empty(), engine.delete(running.id()));
        scheduler.advance(Duration.ofMillis(100));

        assertEquals(
                ExecutionStatus.RUNNING, engine.find(queued.id()).orElseThrow().status());
        assertEquals(List.of(queued.id()), ids(engine.newest(10, Long.MAX_VALUE)));
    }

    @Test
    void find_knowsOnlyCanonicalWholeNumbers() {
        var engine = engine(10, 100, 0, 0);
        trigger(engine);

        assertTrue(engine.find("1").isPresent());
        assertEquals(Optional.empty(), engine.find("01"));
        assertEquals(Optional.empty(), engine.find("+1"));
        assertEquals(Optional.empty(), engine.find("abc"));
    }

    @Test
    void prospectFrom_namesTheProspectAfterTheProfileHandle() {
        var prospect = WorkflowEngine.prospectFrom(
                new ScrapeRequest("https://linkedin.com/in/mary-ann-smith-0a1b2c/", List.of()));

        assertEquals("Mary", prospect.firstName());
        assertEquals("Ann Smith", prospect.lastName());
        assertEquals("mary.ann.smith.0a1b2c@linkedin-scrape.example.com", prospect.email());
    }

    private static List<String> ids(List<Execution> executions) {
        return executions.stream().map(Execution::id).toList();
    }

    /** A scrape of {@link #ADA} for Ann, answered at once (a slot free, or the contract flavor). */
    private static Execution trigger(WorkflowEngine engine) {
        return engine.trigger(ANN, ADA, CALL).join();
    }

    private Prospect onlyProspectOf(String owner) {
        var page = prospects.list(owner, ListQuery.parse(null, null, null, null, ProspectStatus::fromWire, ""));
        assertEquals(1, page.total());
        return page.items().get(0);
    }
}
