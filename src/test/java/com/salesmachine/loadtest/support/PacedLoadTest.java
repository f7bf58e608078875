package com.salesmachine.loadtest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.config.LoadShape;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacedLoadTest {
    @Test
    void fiftyUsersOfTwentyOperationsOverFiveMinutes_areAThousandOperations_oneEveryFifteenSecondsPerUser() {
        var load = new PacedLoad(LoadShape.of(
                50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20));

        assertEquals(1000, load.operations());
        assertEquals(Duration.ofSeconds(15), load.pace());
        assertEquals(Duration.ofSeconds(15 + 300 + 15), load.lastStart(), "one pace of slack after the steady time");
    }

    @Test
    void aShortPace_stillLeavesTheMinimumSlack() {
        var load = new PacedLoad(LoadShape.of(
                50, Duration.ofSeconds(3), Duration.ofSeconds(57), Duration.ZERO, Duration.ofMillis(500), 20));

        assertEquals(Duration.ofMillis(2850), load.pace());
        assertEquals(Duration.ofSeconds(3 + 57 + 5), load.lastStart());
    }

    @Test
    void aOneShotRun_hasNoPace() {
        var load = new PacedLoad(LoadShape.of(
                        50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20)
                .smoke());

        assertEquals(Duration.ZERO, load.pace());
        assertEquals(1, load.operations());
        assertEquals(PacedLoad.MIN_START_SLACK, load.lastStart());
    }
}
