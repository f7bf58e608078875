package com.salesmachine.loadtest.targetmetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.results.TargetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetWatchTest {
    private static final double MB = 1024 * 1024;
    private static final long T0 = 1_800_000_000_000L;

    /** 31 readings 2 s apart: CPU at half a core then a whole one, heap after GC from {@code afterGcMb(i)}. */
    private static List<TargetReading> readings(java.util.function.IntToDoubleFunction afterGcMb) {
        var list = new ArrayList<TargetReading>();
        double cpu = 0;
        for (int i = 0; i <= 30; i++) {
            if (i > 0) {
                cpu += i <= 15 ? 1.0 : 2.0;
            }
            list.add(new TargetReading(
                    T0 + i * 2000L,
                    cpu,
                    (300 + i) * MB,
                    (100 + (i % 3) * 10) * MB,
                    afterGcMb.applyAsDouble(i) * MB,
                    i * 0.02,
                    (double) i));
        }
        return list;
    }

    private static RunSummary.Resources of(List<TargetReading> readings, Optional<TargetView.Span> steady) {
        return TargetWatch.of(
                readings, 2, "http://127.0.0.1:1/metrics", 2, new TargetView.Span(T0, T0 + 60_000), steady);
    }

    @Test
    void figures_areCpuCoresMemoryAndGcShare_overTheWholeRunAndTheSteadyWindow() {
        var r = of(readings(i -> 80 + i % 2), Optional.of(new TargetView.Span(T0 + 30_000, T0 + 60_000)));

        assertEquals(31, r.samples());
        assertEquals(2, r.failedScrapes());
        assertEquals(new RunSummary.Range(0.5, 0.75, 1.0), r.cpuCores());
        assertEquals(new RunSummary.Range(300.0, 315.0, 330.0), r.residentMemoryMb());
        assertEquals(new RunSummary.Range(100.0, 109.68, 120.0), r.heapUsedMb());
        assertEquals(1.0, r.gcPercent());
        assertEquals(16, r.steady().samples());
        assertEquals(new RunSummary.Range(1.0, 1.0, 1.0), r.steady().cpuCores());
        assertEquals("steady", r.slopeWindow());
        assertEquals(TargetFigures.HEAP_AFTER_GC, r.memorySeries());
        assertTrue(Math.abs(r.memorySlopeMbPerHour()) < 50, "slope " + r.memorySlopeMbPerHour());
        assertFalse(r.memoryGrowing());
    }

    @Test
    void aHeapAfterGcThatCollectionsDoNotMove_isStale_soTheTrendIsOfResidentMemory() {
        // As G1's old generation reads between mixed collections, while resident memory grows.
        var r = of(readings(i -> 80), Optional.empty());

        assertEquals(TargetFigures.RESIDENT, r.memorySeries());
        assertEquals(1800.0, r.memorySlopeMbPerHour());
        assertTrue(r.memoryGrowing());
    }

    @Test
    void aGrowingHeapAfterGc_isFlagged_withItsSlopePerHour() {
        // 1 MB every 2 s: 1800 MB per hour.
        var r = of(readings(i -> 80 + i), Optional.empty());

        assertEquals("whole run", r.slopeWindow());
        assertEquals(1800.0, r.memorySlopeMbPerHour());
        assertTrue(r.memoryGrowing());
        assertNull(r.steady());
    }

    @Test
    void withoutEnoughCollections_theTrendIsOfResidentMemory_andSaysSo() {
        var few = readings(i -> 80).stream()
                .map(x -> new TargetReading(
                        x.epochMillis(),
                        x.cpuSeconds(),
                        x.residentBytes(),
                        x.heapUsedBytes(),
                        x.heapAfterGcBytes(),
                        x.gcSeconds(),
                        1.0))
                .toList();
        var r = of(few, Optional.empty());

        assertEquals(TargetFigures.RESIDENT, r.memorySeries());
        assertEquals(1800.0, r.memorySlopeMbPerHour());
    }

    @Test
    void aLeakThatFewCollectionsSaw_isJudgedOnResidentMemory_notOnTheHeapsFewSteps() {
        // Three collections, at readings 5, 25 and 28: the first and middle thirds of the heap after GC
        // tie, though it grew at each; resident memory shows the growth.
        var r = of(readings(i -> i < 5 ? 80 : i < 25 ? 120 : i < 28 ? 160 : 200), Optional.empty());

        assertEquals(TargetFigures.RESIDENT, r.memorySeries());
        assertTrue(r.memoryGrowing());
    }

    @Test
    void aHeapAfterGcThatMovesAtEachOfEnoughCollections_isJudgedOnThoseCollections() {
        // Growing by 10 MB at every fifth reading: six collections, a step series of seven points.
        var r = of(readings(i -> 80 + (i / 5) * 10), Optional.empty());

        assertEquals(TargetFigures.HEAP_AFTER_GC, r.memorySeries());
        assertTrue(r.memoryGrowing(), "slope " + r.memorySlopeMbPerHour());
    }

    @Test
    void noReadings_giveNoFigures_andNoTrend() {
        var r = of(List.of(), Optional.empty());

        assertEquals(0, r.samples());
        assertEquals(RunSummary.Range.NONE, r.cpuCores());
        assertNull(r.gcPercent());
        assertNull(r.memorySlopeMbPerHour());
        assertNull(r.memoryGrowing());
    }
}
