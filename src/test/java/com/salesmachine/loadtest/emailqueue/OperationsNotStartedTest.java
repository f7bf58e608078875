package com.salesmachine.loadtest.emailqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.load.PacedLoad;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperationsNotStartedTest {
    @Test
    void theMessage_saysHowManyOperationsDidNotStart_andWhy() {
        var load = new PacedLoad(
                LoadShape.of(
                        50, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ZERO, Duration.ofMillis(500), 20),
                Duration.ofSeconds(60));

        assertEquals(
                "3 of 1,000 operations not started: over 15s late, or past the last start (+5m30s), as"
                        + " operations outlasted their pace (15s)",
                OperationsNotStarted.describe(3, load));
    }

    @Test
    void theMessage_fitsInGatlingsErrorMessage_withTheCheckBeforeIt() {
        var load = new PacedLoad(
                LoadShape.of(
                        1000, Duration.ofMillis(2500), Duration.ofMillis(57_150), Duration.ZERO, Duration.ZERO, 20),
                Duration.ofSeconds(60));
        String gatling = "status.find.every operation started, c.s.l.s.OperationsNotStarted: "
                + OperationsNotStarted.describe(19_999, load);

        assertTrue(gatling.length() <= 200, gatling.length() + " characters: " + gatling);
    }
}
