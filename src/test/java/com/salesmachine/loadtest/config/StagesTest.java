package com.salesmachine.loadtest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagesTest {
    private static final LoadShape NFR3_LOAD = LoadShape.of(
            50, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 2);

    private static List<Integer> users(LoadShape shape) {
        return shape.levels().stream().map(LoadShape.Level::users).toList();
    }

    @Test
    void stress_stepsTheLoadsUsersBy1To8_eachHeldAStep_afterTheLoadsRampUp() {
        LoadShape stress = Profile.ALL.get("stress").apply(NFR3_LOAD);
        assertEquals(List.of(50, 75, 100, 150, 200, 300, 400), users(stress));
        assertEquals(Duration.ofSeconds(30), stress.rampUp());
        assertEquals(Duration.ofMinutes(7), stress.steady());
        assertEquals(Duration.ZERO, stress.rampDown());
        assertEquals(Duration.ofSeconds(450), stress.injectionTime());
        LoadShape.Level third = stress.levels().get(2);
        assertEquals(
                new LoadShape.Level(100, Duration.ofSeconds(150), Duration.ofSeconds(150), Duration.ofSeconds(210)),
                third);
    }

    @Test
    void stress_endsAtItsCap_theCapItselfTheLastStep() {
        var capacity = new Stages(Duration.ofSeconds(10), 5, Stages.DEFAULT_SPIKE_HOLD, Stages.DEFAULT_SPIKE_RECOVERY);
        LoadShape stress = capacity.stress(NFR3_LOAD.withUsers(5));
        assertEquals(List.of(5, 8, 10, 15, 20, 25), users(stress));
        assertEquals(Duration.ofSeconds(60), stress.steady());
    }

    @Test
    void overridingTheUsers_scalesEveryLevel() {
        LoadShape stress = Profile.ALL.get("stress").apply(NFR3_LOAD).withUsers(10);
        assertEquals(List.of(10, 15, 20, 30, 40, 60, 80), users(stress));
    }

    @Test
    void spike_isTheLoadLevel_5xWithin10sHeld_backWithin10s_thenTheRecoveryHold() {
        LoadShape spike = Profile.ALL.get("spike").apply(NFR3_LOAD);
        assertEquals(
                List.of(
                        new LoadShape.Level(50, Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60)),
                        new LoadShape.Level(
                                250, Duration.ofSeconds(60), Duration.ofSeconds(70), Duration.ofSeconds(100)),
                        new LoadShape.Level(
                                50, Duration.ofSeconds(100), Duration.ofSeconds(110), Duration.ofSeconds(170))),
                spike.levels());
        assertEquals(Duration.ZERO, spike.rampDown());
        assertEquals(Duration.ofSeconds(170), spike.injectionTime());
    }

    @Test
    void theMeanUsers_countARampAtTheMeanOfItsEnds_andAStoppedRunOnlyThePartItRan() {
        LoadShape spike = Profile.ALL.get("spike").apply(NFR3_LOAD);
        // 30 s at 50, 10 s ramp (mean 150), 30 s at 250, 10 s ramp (150), 60 s at 50: 140 s in all.
        double mean = (30 * 50 + 10 * 150 + 30 * 250 + 10 * 150 + 60 * 50) / 140.0;
        assertEquals(mean, spike.steadyMeanUsers(), 1e-9);
        assertEquals(50, spike.meanUsersUntil(Duration.ofSeconds(30)), 1e-9);
        assertEquals((30 * 50 + 5 * 100) / 35.0, spike.meanUsersUntil(Duration.ofSeconds(35)), 1e-9);
        assertEquals(50, NFR3_LOAD.steadyMeanUsers(), 1e-9);
    }

    @Test
    void profiles_sayWhetherABreachStopsThem_onlyStressDoes() {
        for (Profile p : Profile.ALL.values()) {
            assertEquals(p.name().equals("stress"), p.stopOnBreach(), p.name());
            assertTrue(!p.description().isBlank(), p.name());
        }
    }
}
