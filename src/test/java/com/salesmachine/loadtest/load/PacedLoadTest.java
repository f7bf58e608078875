package com.salesmachine.loadtest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.config.LoadShape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacedLoadTest {
    private static final Duration PREPARATION = Duration.ofSeconds(60);

    @Test
    void fiftyUsersOfTwentyOperationsOverFiveMinutes_areAThousandOperations_oneEveryFifteenSecondsPerUser() {
        var load = new PacedLoad(
                LoadShape.of(
                        50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20),
                PREPARATION);

        assertEquals(1000, load.operations());
        assertEquals(Duration.ofSeconds(15), load.pace());
        assertEquals(Duration.ofSeconds(15), load.startSlack(), "one pace");
        assertEquals(
                Duration.ofSeconds(15 + 15 + 19 * 15 + 15),
                load.lastStart(),
                "the last user's last operation, the user ready one slack late and the operation one slack late");
    }

    @Test
    void aShortPace_stillLeavesTheMinimumSlack() {
        var load = new PacedLoad(
                LoadShape.of(
                        50, Duration.ofSeconds(3), Duration.ofSeconds(57), Duration.ZERO, Duration.ofMillis(500), 20),
                PREPARATION);

        assertEquals(Duration.ofMillis(2850), load.pace());
        assertEquals(PacedLoad.MIN_START_SLACK, load.startSlack());
        assertEquals(Duration.ofMillis(3000 + 5000 + 19 * 2850 + 5000), load.lastStart());
    }

    @Test
    void aOneShotRun_hasNoPace_andLeavesRoomForTheLongestPreparation() {
        var load = new PacedLoad(
                LoadShape.of(
                                50,
                                Duration.ofSeconds(15),
                                Duration.ofMinutes(5),
                                Duration.ZERO,
                                Duration.ofMillis(500),
                                20)
                        .smoke(),
                PREPARATION);

        assertEquals(Duration.ZERO, load.pace());
        assertEquals(1, load.operations());
        assertEquals(PREPARATION, load.lastStart());
    }

    @Test
    void aStagedShape_isRefusedAsBadInput_inOneLineNamingTheProfiles() {
        LoadShape stress = com.salesmachine.loadtest.config.Profile.ALL
                .get("stress")
                .apply(LoadShape.of(5, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO, 4));
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                com.salesmachine.loadtest.settings.SettingException.class, () -> new PacedLoad(stress, PREPARATION));
        assertEquals(
                "profile: a staged profile (stress, spike) changes a closed load's users level by level; this"
                        + " simulation's open, paced load runs at one level: use smoke, quick, load or peak",
                e.getMessage());
    }
}
