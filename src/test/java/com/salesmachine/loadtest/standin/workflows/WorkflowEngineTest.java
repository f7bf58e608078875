package com.salesmachine.loadtest.standin.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkflowEngineTest {
    private static final String ANN = "ann";
    private static final ScrapeRequest ADA =
            new ScrapeRequest("https://www.linkedin.com/in/ada-lovelace-1815", List.of("loadtest", "scrape:1"));

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final ProspectStore prospects =
            new ProspectStore(clock, () -> "p" + ids.incrementAndGet(), ProspectStore.DEFAULT_LIMIT);

    /** Every execution takes exactly {@code ms}: no spread. */
    private WorkflowEngine engine(int concurrency, long ms, double failureRatio, double hangRatio) {
        var config = WorkflowConfig.defaults()
                .withConcurrency(concurrency)
                .withExecutionTime(new ExecutionTime(ms, ms, ms))
                .withFailureRatio(failureRatio)
                .withHangRatio(hangRatio);
        return new WorkflowEngine(config, clock, new Random(3), scheduler, prospects);
    }

    @Test
    void trigger_startsAtOnce_andSucceedsAfterItsExecutionTime_creatingTheCallersProspect() {
        var engine = engine(10, 1500, 0, 0);

        Execution started = engine.trigger(ANN, ADA);
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
        Execution first = engine.trigger(ANN, ADA);
        engine.trigger(ANN, ADA);
        scheduler.advance(Duration.ofMillis(400));
        Execution third = engine.trigger(ANN, ADA);
        Execution fourth = engine.trigger(ANN, ADA);

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
        Execution execution = engine.trigger(ANN, ADA);

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
            engine.trigger(ANN, ADA);
        }
        scheduler.advance(Duration.ofMillis(10));

        long successes = prospects.counts(ANN).total();
        assertTrue(successes > 750 && successes < 850, "successes: " + successes);
    }

    @Test
    void hangRatioOne_neverEnds_andKeepsItsSlot() {
        var engine = engine(1, 100, 0, 1);
        Execution hung = engine.trigger(ANN, ADA);
        Execution waiting = engine.trigger(ANN, ADA);

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
            engine.trigger(ANN, ADA);
        }

        assertThrows(WorkflowQueueFullException.class, () -> engine.trigger(ANN, ADA));
    }

    @Test
    void find_knowsNoUnknownId_andIdsAreIncreasingNumbers() {
        var engine = engine(10, 100, 0, 0);

        assertEquals(Optional.empty(), engine.find("1"));
        assertEquals("1", engine.trigger(ANN, ADA).id());
        assertEquals("2", engine.trigger(ANN, ADA).id());
    }

    @Test
    void prospectFrom_namesTheProspectAfterTheProfileHandle() {
        var prospect = WorkflowEngine.prospectFrom(
                new ScrapeRequest("https://linkedin.com/in/mary-ann-smith-0a1b2c/", List.of()));

        assertEquals("Mary", prospect.firstName());
        assertEquals("Ann Smith", prospect.lastName());
        assertEquals("mary.ann.smith.0a1b2c@linkedin-scrape.example.com", prospect.email());
    }

    private Prospect onlyProspectOf(String owner) {
        var page = prospects.list(owner, ListQuery.parse(null, null, null, null, ProspectStatus::fromWire, ""));
        assertEquals(1, page.total());
        return page.items().get(0);
    }
}
