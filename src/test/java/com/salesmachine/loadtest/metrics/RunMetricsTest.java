package com.salesmachine.loadtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    @Test
    void trend_summarizesWhatWasRecorded_withinThreeSignificantDigits() {
        var metrics = new RunMetrics();
        Trend trend = metrics.trend("Workflow time", "ms");
        IntStream.rangeClosed(1, 1000).forEach(trend::record);

        MetricsSummary.Trend t = metrics.snapshot().trends().get(0);
        assertEquals("Workflow time", t.name());
        assertEquals(1000, t.count());
        assertEquals(1.0, t.min(), 0.01);
        assertEquals(500.5, t.mean(), 1.0);
        assertEquals(950, t.p95(), 1.0);
        assertEquals(990, t.p99(), 1.0);
        assertEquals(1000, t.max(), 1.0);
    }

    @Test
    void trend_histogramsOfSeveralInjectors_mergeIntoTheWholeDistribution() {
        var a = new RunMetrics().trend("t", "ms");
        var b = new RunMetrics().trend("t", "ms");
        IntStream.rangeClosed(1, 500).forEach(a::record);
        IntStream.rangeClosed(501, 1000).forEach(b::record);

        var merged = Trend.merge(List.of(a.snapshot().histogram(), b.snapshot().histogram()));
        MetricsSummary.Trend whole = Trend.summarize("t", "ms", merged);

        assertEquals(1000, whole.count());
        assertEquals(950, whole.p95(), 1.0);
        assertEquals(1.0, whole.min(), 0.01);
    }

    @Test
    void trend_withNothingRecorded_hasNoFigures() {
        MetricsSummary.Trend t =
                new RunMetrics().trend("Polls per workflow", "polls").snapshot();
        assertEquals(0, t.count());
        assertNull(t.p95());
        assertEquals(0, Trend.decode(t.histogram()).getTotalCount());
    }

    @Test
    void trend_refusesNegativeValues_andAUnitChange() {
        var metrics = new RunMetrics();
        assertThrows(
                IllegalArgumentException.class, () -> metrics.trend("t", "ms").record(-1));
        assertThrows(IllegalArgumentException.class, () -> metrics.trend("t", "s"));
    }

    @Test
    void countersAndRates_areSummedAndSortedByName() {
        var metrics = new RunMetrics();
        metrics.count("b emails queued", 3);
        metrics.count("b emails queued", 4);
        metrics.count("a lost emails", 0);
        metrics.rate("throttled").record(true);
        metrics.rate("throttled").record(false);
        metrics.rate("throttled").record(false);
        metrics.rate("throttled").record(true);

        MetricsSummary snapshot = metrics.snapshot();
        assertEquals(
                List.of(
                        new MetricsSummary.Counter("a lost emails", 0),
                        new MetricsSummary.Counter("b emails queued", 7)),
                snapshot.counters());
        assertEquals(
                new MetricsSummary.Rate("throttled", 2, 4, 0.5),
                snapshot.rates().get(0));
    }

    @Test
    void decode_refusesTextThatIsNotAHistogram() {
        assertThrows(IllegalArgumentException.class, () -> Trend.decode("bm90IGEgaGlzdG9ncmFt"));
    }
}
