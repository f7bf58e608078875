package com.salesmachine.loadtest.injector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjectorHealthTest {

    @Test
    void over_takesTheSamplesThatEndInTheWindow_fromIncludedToExcluded() {
        var samples = List.of(
                sample(1_000, 1_000, 99.0),
                sample(2_000, 1_000, 40.0),
                sample(3_000, 1_000, 60.0),
                sample(4_000, 1_000, 99.0));

        InjectorHealth health = InjectorHealth.over(samples, 2_000, 4_000, 2);

        assertTrue(health.known());
        assertEquals(2, health.samples());
        assertEquals(50.0, health.cpuMeanPercent(), 1e-9);
        assertEquals(60.0, health.cpuMaxPercent(), 1e-9);
        assertEquals(2, health.cores());
    }

    @Test
    void theCpuMean_weighsEachSampleByItsInterval() {
        var samples = List.of(sample(1_000, 1_000, 100.0), sample(4_000, 3_000, 20.0));

        InjectorHealth health = InjectorHealth.over(samples, 0, 10_000, 2);

        assertEquals(40.0, health.cpuMeanPercent(), 1e-9);
        assertEquals(100.0, health.cpuMaxPercent(), 1e-9);
    }

    @Test
    void theGcFigures_areTheTotalItsShareOfWallTimeAndTheLongest_theHeapAndLagTheirMaxima() {
        var samples = List.of(
                new InjectorSample(1_000, 1_000, 50.0, 70.0, 2, 150, 100, 40.0, 5),
                new InjectorSample(2_000, 1_000, 50.0, 30.0, 1, 450, 450, 65.0, 480),
                new InjectorSample(3_000, 2_000, 50.0, null, 0, 0, 0, null, 12));

        InjectorHealth health = InjectorHealth.over(samples, 0, 10_000, 2);

        assertEquals(600, health.gcPauseTotalMs());
        assertEquals(15.0, health.gcPausePercent(), 1e-9);
        assertEquals(450, health.longestGcPauseMs());
        assertEquals(65.0, health.heapAfterGcMaxPercent(), 1e-9);
        assertEquals(480, health.maxLagMs());
        assertEquals(50.0, health.machineCpuMeanPercent(), 1e-9);
    }

    @Test
    void aFigureNoSampleHas_isUnknown() {
        var samples = List.of(
                new InjectorSample(1_000, 1_000, null, null, 0, 0, 0, null, 0),
                new InjectorSample(2_000, 1_000, null, null, 0, 0, 0, null, 0));

        InjectorHealth health = InjectorHealth.over(samples, 0, 10_000, 2);

        assertTrue(health.known());
        assertNull(health.cpuMeanPercent());
        assertNull(health.cpuMaxPercent());
        assertNull(health.machineCpuMeanPercent());
        assertNull(health.heapAfterGcMaxPercent());
        assertEquals(0, health.gcPauseTotalMs());
        assertEquals(0.0, health.gcPausePercent());
    }

    @Test
    void aWindowWithFewerThanTwoSamples_isUnknown_withNoFigureAtAll() {
        var samples = List.of(sample(1_000, 1_000, 100.0), sample(5_000, 1_000, 100.0));

        InjectorHealth one = InjectorHealth.over(samples, 0, 2_000, 2);
        InjectorHealth none = InjectorHealth.over(List.of(), 0, 2_000, 2);

        assertFalse(one.known());
        assertEquals(1, one.samples());
        assertEquals(InjectorHealth.unknown(0, 2_000, 1, 2), one);
        assertNull(one.cpuMeanPercent());
        assertNull(one.gcPauseTotalMs());
        assertNull(one.maxLagMs());
        assertEquals("injector health unknown: 1 sample in the window", one.describe());
        assertEquals("injector health unknown: 0 samples in the window", none.describe());
    }

    @Test
    void describe_isOneLineWithEveryFigure() {
        var samples = List.of(
                new InjectorSample(1_000, 1_000, 50.0, null, 1, 20, 20, 30.0, 4),
                new InjectorSample(2_000, 1_000, 70.0, null, 0, 0, 0, 30.0, 6));

        assertEquals(
                "injector CPU 60.0 % (max 70.0 %) of 2 cores, machine CPU unknown, GC pauses 20 ms (1.0 % of wall time,"
                        + " longest 20 ms), heap after GC up to 30.0 %, scheduling lag up to 6 ms, 2 samples",
                InjectorHealth.over(samples, 0, 10_000, 2).describe());
    }

    private static InjectorSample sample(long epochMillis, long intervalMillis, Double cpu) {
        return new InjectorSample(epochMillis, intervalMillis, cpu, null, 0, 0, 0, null, 0);
    }
}
