package com.salesmachine.loadtest.injector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long MB = 1024 * 1024;

    @Test
    void theFirstReading_isOnlyTheBaseline() {
        assertTrue(new Sampler(2).next(reading(0, 0, 0)).isEmpty());
    }

    @Test
    void cpu_isTheCpuTimeDeltaOverWallTimeTimesTheCores() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, 5 * SECOND));

        // 1.5 s of CPU in 1 s of wall time on 2 cores: three quarters of the machine.
        InjectorSample sample =
                sampler.next(reading(SECOND, SECOND, 6_500_000_000L)).orElseThrow();

        assertEquals(75.0, sample.cpuPercent(), 1e-9);
        assertEquals(1000, sample.intervalMillis());
        assertEquals(1_000, sample.epochMillis());
    }

    @Test
    void everyCoreBusy_isOneHundredPercent_overAnyInterval() {
        var sampler = new Sampler(4);
        sampler.next(reading(0, 0, 0));

        InjectorSample sample =
                sampler.next(reading(2 * SECOND, 2 * SECOND, 8 * SECOND)).orElseThrow();

        assertEquals(100.0, sample.cpuPercent(), 1e-9);
        assertEquals(2000, sample.intervalMillis());
    }

    @Test
    void aCpuTimeTheJvmCannotGive_isUnknown_asIsAMachineLoadBelowZero() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, -1));

        InjectorSample sample = sampler.next(reading(SECOND, SECOND, -1)).orElseThrow();

        assertNull(sample.cpuPercent());
        assertNull(sample.machineCpuPercent());
    }

    @Test
    void theMachineLoad_isInPercent() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, 0));

        var sample = sampler.next(new Reading(1_000, SECOND, SECOND, 0, 0.42, List.of(), -1, 100 * MB))
                .orElseThrow();

        assertEquals(42.0, sample.machineCpuPercent(), 1e-9);
    }

    @Test
    void theLag_isHowLateTheTickFired_neverBelowZero() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, 0));

        var late = sampler.next(new Reading(2_400, 2_400_000_000L, SECOND, 0, -1, List.of(), -1, -1))
                .orElseThrow();
        var early = sampler.next(new Reading(3_400, 3_400_000_000L, 3_400_500_000L, 0, -1, List.of(), -1, -1))
                .orElseThrow();

        assertEquals(1400, late.lagMs());
        assertEquals(0, early.lagMs());
    }

    @Test
    void thePauses_areCountedSummedAndTheLongestKept() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, 0));

        var sample = sampler.next(new Reading(1_000, SECOND, SECOND, 0, -1, List.of(12L, 250L, 3L), -1, -1))
                .orElseThrow();
        var quiet = sampler.next(reading(2 * SECOND, 2 * SECOND, 0)).orElseThrow();

        assertEquals(3, sample.gcPauses());
        assertEquals(265, sample.gcPauseMs());
        assertEquals(250, sample.longestGcPauseMs());
        assertEquals(0, quiet.gcPauses());
        assertEquals(0, quiet.longestGcPauseMs());
    }

    @Test
    void theHeapAfterGc_isAShareOfTheMaxHeap_unknownBeforeTheFirstGcOrWithoutAMax() {
        var sampler = new Sampler(2);
        sampler.next(reading(0, 0, 0));

        var none = sampler.next(new Reading(1_000, SECOND, SECOND, 0, -1, List.of(), -1, 512 * MB))
                .orElseThrow();
        var some = sampler.next(new Reading(2_000, 2 * SECOND, 2 * SECOND, 0, -1, List.of(), 384 * MB, 512 * MB))
                .orElseThrow();
        var noMax = sampler.next(new Reading(3_000, 3 * SECOND, 3 * SECOND, 0, -1, List.of(), 384 * MB, Long.MAX_VALUE))
                .orElseThrow();

        assertNull(none.heapAfterGcPercent());
        assertEquals(75.0, some.heapAfterGcPercent(), 1e-9);
        assertNull(noMax.heapAfterGcPercent());
    }

    private static Reading reading(long epochNanos, long nanoTime, long cpuNanos) {
        return new Reading(epochNanos / 1_000_000, nanoTime, nanoTime, cpuNanos, -1, List.of(), -1, -1);
    }
}
