package com.salesmachine.loadtest.standin.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.prospects.NewProspect;
import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnrichmentEngineTest {
    private static final String ANN = "ann";
    private static final String BOB = "bob";

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final AtomicInteger ids = new AtomicInteger();
    private final ProspectStore prospects =
            new ProspectStore(clock, () -> "p" + ids.incrementAndGet(), ProspectStore.DEFAULT_LIMIT);

    /** A bucket of {@code perMinute} with a burst of {@code burst}; every enrichment takes exactly 2 s. */
    private EnrichmentEngine engine(double perMinute, int burst, RetryAfterForm form) {
        var config = EnrichmentConfig.defaults()
                .withRate(perMinute, burst)
                .withRetryAfter(form)
                .withTime(new ExecutionTime(2000, 2000, 2000));
        return new EnrichmentEngine(config, clock, new Random(3), scheduler, prospects);
    }

    @Test
    void trigger_isAccepted_andCompletesAfterItsTime_withDataAboutTheProspect() {
        var engine = engine(50, 5, RetryAfterForm.SECONDS);
        String id = prospect(ANN, "VP of Sales");

        var accepted = assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id));
        assertEquals(EnrichmentStatus.PENDING, accepted.enrichment().status());
        assertEquals(id, accepted.enrichment().prospectId());
        assertNull(accepted.enrichment().data());

        scheduler.advance(Duration.ofMillis(1999));
        assertEquals(
                EnrichmentStatus.PENDING, engine.find(ANN, id).orElseThrow().status());

        scheduler.advance(Duration.ofMillis(1));
        Enrichment done = engine.find(ANN, id).orElseThrow();
        assertEquals(EnrichmentStatus.COMPLETED, done.status());
        assertEquals(accepted.enrichment().enrichmentId(), done.enrichmentId());
        assertEquals(Duration.ofSeconds(2), Duration.between(done.requestedAt(), done.completedAt()));
        assertEquals("vp", done.data().seniority());
        assertTrue(FakeEnrichment.COMPANY_SIZES.contains(done.data().companySize()));
        assertTrue(FakeEnrichment.INDUSTRIES.contains(done.data().industry()));
        assertTrue(
                done.data().summary().startsWith("Ada Lovelace is VP of Sales at Acme"),
                done.data().summary());
    }

    @Test
    void trigger_isThrottled_onceTheBurstIsSpent_withAdviceInWholeSeconds() {
        var engine = engine(50, 2, RetryAfterForm.SECONDS);
        engine.trigger(ANN, prospect(ANN, null));
        engine.trigger(ANN, prospect(ANN, null));

        var throttled = assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, prospect(ANN, null)));

        assertEquals(Duration.ofMillis(1200), throttled.untilNextToken());
        assertEquals(Optional.of("2"), throttled.advice().header());
        assertCounts(engine, 2, 1, 0, 0);
    }

    @Test
    void aRetryAfterTheAdvice_isCountedAsARetry_andNotAsEarly() {
        var engine = engine(50, 1, RetryAfterForm.SECONDS);
        engine.trigger(ANN, prospect(ANN, null));
        String id = prospect(ANN, null);
        assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));

        clock.advance(Duration.ofSeconds(2));

        assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id));
        assertCounts(engine, 2, 1, 1, 0);
    }

    @Test
    void aRetrySoonerThanTheAdvice_isCountedAsEarly_inEitherHeaderForm() {
        for (RetryAfterForm form : List.of(RetryAfterForm.SECONDS, RetryAfterForm.HTTP_DATE)) {
            var engine = engine(50, 1, form);
            engine.trigger(ANN, prospect(ANN, null));
            String id = prospect(ANN, null);
            engine.trigger(ANN, id);

            // A token is there after 1.2 s, but the advice was a whole second later or more.
            clock.advance(Duration.ofMillis(1250));

            assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id), form.key());
            assertCounts(engine, 2, 1, 1, 1);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void withoutAdvice_aRetryIsNeverEarly() {
        var engine = engine(50, 1, RetryAfterForm.NONE);
        engine.trigger(ANN, prospect(ANN, null));
        String id = prospect(ANN, null);
        var throttled = assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));
        assertEquals(Optional.empty(), throttled.advice().header());

        assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));

        assertCounts(engine, 1, 2, 1, 0);
    }

    @Test
    void aWindow_throttlesWithTheWholeSecondsLeftRoundedDown_soAClientThatWaitsThemMayBeThrottledAgain() {
        var engine = windowEngine(2, RetryAfterForm.SECONDS);
        clock.advance(Duration.ofMillis(20_500));
        engine.trigger(ANN, prospect(ANN, null));
        engine.trigger(ANN, prospect(ANN, null));
        String id = prospect(ANN, null);

        var first = assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));
        assertEquals(Duration.ofMillis(39_500), first.untilNextToken());
        assertEquals(Optional.of("39"), first.advice().header());

        clock.advance(Duration.ofSeconds(39));
        var second = assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));
        assertEquals(Optional.of("0"), second.advice().header());

        clock.advance(Duration.ofMillis(500));
        assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id));
        assertCounts(engine, 3, 2, 2, 0);
    }

    @Test
    void aWindow_countsARetrySoonerThanItsRoundedDownAdviceAsEarly() {
        var engine = windowEngine(1, RetryAfterForm.HTTP_DATE);
        clock.advance(Duration.ofMillis(30_700));
        engine.trigger(ANN, prospect(ANN, null));
        String id = prospect(ANN, null);
        var throttled = assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));
        assertEquals(
                Optional.of("Sun, 22 Nov 2026 10:01:00 GMT"), throttled.advice().header());

        clock.advance(Duration.ofSeconds(29));

        assertInstanceOf(Triggered.Throttled.class, engine.trigger(ANN, id));
        assertCounts(engine, 1, 2, 1, 1);
        assertEquals("window", engine.counts().limit().limiter());
        assertEquals(60_000L, engine.counts().limit().windowMs());
    }

    @Test
    void anotherUsersProspect_isNotFound_andTakesNoToken() {
        var engine = engine(50, 1, RetryAfterForm.SECONDS);
        String annsProspect = prospect(ANN, null);

        assertInstanceOf(Triggered.NoSuchProspect.class, engine.trigger(BOB, annsProspect));
        assertInstanceOf(Triggered.NoSuchProspect.class, engine.trigger(ANN, "p-unknown"));
        assertEquals(Optional.empty(), engine.find(BOB, annsProspect));

        assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, annsProspect));
        assertCounts(engine, 1, 0, 0, 0);
    }

    @Test
    void aSecondTriggerWhileOneIsPending_isRefusedWithoutATokenTaken_andOnceCompletedStartsAnother() {
        var engine = engine(50, 5, RetryAfterForm.SECONDS);
        String id = prospect(ANN, null);
        var first = assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id));

        var running = assertInstanceOf(Triggered.AlreadyRunning.class, engine.trigger(ANN, id));
        assertEquals(first.enrichment().enrichmentId(), running.enrichment().enrichmentId());

        scheduler.advance(Duration.ofSeconds(2));
        var second = assertInstanceOf(Triggered.Accepted.class, engine.trigger(ANN, id));
        assertTrue(!second.enrichment().enrichmentId().equals(first.enrichment().enrichmentId()));
        assertCounts(engine, 2, 0, 0, 0);
    }

    @Test
    void find_isEmpty_forAProspectNeverEnriched() {
        var engine = engine(50, 5, RetryAfterForm.SECONDS);

        assertEquals(Optional.empty(), engine.find(ANN, prospect(ANN, null)));
    }

    @Test
    void seniority_isReadFromTheTitle() {
        assertEquals("c-level", FakeEnrichment.seniority("Chief Revenue Officer"));
        assertEquals("vp", FakeEnrichment.seniority("Vice President, Marketing"));
        assertEquals("director", FakeEnrichment.seniority("Head of Growth"));
        assertEquals("manager", FakeEnrichment.seniority("Sales Manager"));
        assertEquals("individual contributor", FakeEnrichment.seniority("Account Executive"));
        assertEquals("individual contributor", FakeEnrichment.seniority(null));
    }

    /** A window of {@code perWindow} requests a minute, reset at every whole minute of the fake clock (10:00:00 now). */
    private EnrichmentEngine windowEngine(long perWindow, RetryAfterForm form) {
        var config = EnrichmentConfig.defaults()
                .withWindow(perWindow, Duration.ofSeconds(60))
                .withRetryAfter(form)
                .withTime(new ExecutionTime(2000, 2000, 2000));
        return new EnrichmentEngine(config, clock, new Random(3), scheduler, prospects);
    }

    /** The engine's counters: 202s, 429s, retries, and retries sooner than advised. */
    private static void assertCounts(EnrichmentEngine engine, long accepted, long throttled, long retries, long early) {
        EnrichmentCounters.Snapshot counts = engine.counts();
        assertEquals(
                List.of(accepted, throttled, retries, early),
                List.of(counts.accepted(), counts.throttled(), counts.retries(), counts.earlyRetries()));
    }

    private String prospect(String owner, String title) {
        return prospects
                .create(
                        owner,
                        new NewProspect(
                                "Ada",
                                "Lovelace",
                                "ada@acme.example.com",
                                "Acme",
                                title,
                                null,
                                ProspectStatus.NEW,
                                "manual",
                                List.of()))
                .id();
    }
}
