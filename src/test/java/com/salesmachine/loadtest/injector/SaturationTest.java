package com.salesmachine.loadtest.injector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SaturationTest {
    private static final InjectorLimits LIMITS = InjectorLimits.DEFAULTS;

    @Test
    void aHealthyInjector_hasNoReason() {
        assertEquals(List.of(), Saturation.reasons(health(45.0, 1.5, 120L, 60.0, 30L), LIMITS, "the steady window"));
    }

    @Test
    void figuresAtTheirLimits_areStillHealthy() {
        assertEquals(List.of(), Saturation.reasons(health(90.0, 10.0, 1000L, 90.0, 1000L), LIMITS));
    }

    @Test
    void everyLimitExceeded_isOneLineWithTheFigureAndTheLimit() {
        var reasons = Saturation.reasons(health(97.2, 12.5, 1450L, 95.0, 1500L), LIMITS, "the steady window");

        assertEquals(
                List.of(
                        "injector CPU 97 % of 2 cores over the steady window (limit 90 %)",
                        "GC pauses 13 % of the wall time over the steady window, 7500 ms in all (limit 10 %)",
                        "longest GC pause 1450 ms (limit 1000 ms)",
                        "heap after GC up to 95 % of the max heap (limit 90 %)",
                        "injector scheduling lag up to 1500 ms (limit 1000 ms)"),
                reasons);
    }

    @Test
    void aFigureJustOverItsLimit_showsADecimal_soItDoesNotReadAsTheLimit() {
        var reasons = Saturation.reasons(health(90.4, 1.0, 10L, 10.0, 10L), LIMITS, "the steady window");

        assertEquals(List.of("injector CPU 90.4 % of 2 cores over the steady window (limit 90 %)"), reasons);
    }

    @Test
    void oneCore_isSingular_andTheDefaultWindowIsNamedPlainly() {
        var health = new InjectorHealth(0, 10_000, 10, 1, 95.0, 100.0, null, 0L, 0.0, 0L, null, 0L);

        assertEquals(
                List.of("injector CPU 95 % of 1 core over the window (limit 90 %)"),
                Saturation.reasons(health, LIMITS));
    }

    @Test
    void aBusyMachine_starvesTheInjectorToo_evenWhenTheInjectorItselfIsNot() {
        var neighbour = new InjectorHealth(0, 60_000, 60, 2, 40.0, 55.0, 98.5, 0L, 0.0, 0L, 20.0, 16L);

        assertEquals(
                List.of("machine CPU 99 % busy over the steady window (limit 95 %): the injector's threads competed"
                        + " for it"),
                Saturation.reasons(neighbour, LIMITS, "the steady window"));
        var calm = new InjectorHealth(0, 60_000, 60, 2, 40.0, 55.0, 95.0, 0L, 0.0, 0L, 20.0, 16L);
        assertEquals(List.of(), Saturation.reasons(calm, LIMITS));
    }

    @Test
    void unknownFigures_giveNoReason_norDoesAnUnknownWindow() {
        var partial = new InjectorHealth(0, 10_000, 10, 2, null, null, null, 0L, 0.0, 1450L, null, 0L);

        assertEquals(List.of("longest GC pause 1450 ms (limit 1000 ms)"), Saturation.reasons(partial, LIMITS));
        assertEquals(List.of(), Saturation.reasons(InjectorHealth.unknown(0, 10_000, 1, 2), LIMITS));
    }

    /** Ten one-second samples' figures on 2 cores; the GC total is the share of the 60 s window. */
    private static InjectorHealth health(Double cpu, Double gcShare, Long longest, Double heap, Long lag) {
        return new InjectorHealth(
                0, 60_000, 60, 2, cpu, cpu, null, Math.round(gcShare * 600), gcShare, longest, heap, lag);
    }
}
