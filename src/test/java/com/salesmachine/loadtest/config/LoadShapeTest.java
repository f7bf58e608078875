package com.salesmachine.loadtest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadShapeTest {
    private static final LoadShape SCRAPING_LOAD = LoadShape.of(
            100, Duration.ofMinutes(2), Duration.ofMinutes(6), Duration.ofMinutes(2), Duration.ofSeconds(2), 3);

    @Test
    void quickProfile_keepsTheShapeButFitsTheInjectionIntoItsBudget() {
        LoadShape quick = Profile.ALL.get("quick").apply(SCRAPING_LOAD);
        assertEquals(100, quick.users());
        assertTrue(quick.injectionTime().compareTo(Profile.QUICK_BUDGET) <= 0, quick.toString());
        assertEquals(Duration.ofSeconds(12), quick.rampUp());
        assertEquals(Duration.ofSeconds(36), quick.steady());
        assertEquals(Duration.ofSeconds(12), quick.rampDown());
        assertEquals(SCRAPING_LOAD.thinkTime(), quick.thinkTime());
    }

    @Test
    void quickProfile_leavesAShapeThatAlreadyFitsAlone() {
        LoadShape small =
                LoadShape.of(5, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ZERO, Duration.ofSeconds(1), 1);
        assertEquals(small, Profile.ALL.get("quick").apply(small));
    }

    @Test
    void smokeProfile_isOneUserOnePassAtOnce() {
        LoadShape smoke = Profile.ALL.get("smoke").apply(SCRAPING_LOAD);
        assertEquals(1, smoke.users());
        assertEquals(1, smoke.passes());
        assertTrue(smoke.oneShot());
        assertEquals(Duration.ZERO, smoke.injectionTime());
    }

    @Test
    void loadProfile_isTheSeedConfigurationUnchanged() {
        assertEquals(SCRAPING_LOAD, Profile.ALL.get("load").apply(SCRAPING_LOAD));
    }

    @Test
    void profileNames_areListedInDeclarationOrder() {
        assertEquals("smoke, quick, load, peak, stress, spike, soak, scale, breakpoint", Profile.names());
    }

    @Test
    void peakProfile_isTheSeedConfigurationWithTwiceItsUsers() {
        LoadShape peak = Profile.ALL.get("peak").apply(SCRAPING_LOAD);
        assertEquals(2 * SCRAPING_LOAD.users(), peak.users());
        assertEquals(SCRAPING_LOAD.withUsers(2 * SCRAPING_LOAD.users()), peak);
    }

    @Test
    void scale_isTenThousandUsersWithFiveSecondsOfThinkTime_heldAMinuteAfterAMinutesRamp() {
        LoadShape load = LoadShape.of(
                50, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 2);

        LoadShape scale = Profile.ALL.get("scale").apply(load);

        assertEquals(10_000, scale.users());
        assertEquals(Duration.ofSeconds(5), scale.thinkTime());
        assertEquals(Duration.ofSeconds(60), scale.rampUp());
        assertEquals(Duration.ofSeconds(60), scale.steady());
        assertEquals(Duration.ZERO, scale.rampDown());
        assertEquals(2, scale.passes());
    }
}
