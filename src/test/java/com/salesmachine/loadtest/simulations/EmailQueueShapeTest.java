package com.salesmachine.loadtest.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.config.Profile;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.emailqueue.ReconcileWindow;
import com.salesmachine.loadtest.load.PacedLoad;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The email-queue scenario's load at each profile, and its hard bound. */
class EmailQueueShapeTest {
    @Test
    void atLoad_fiftyUsersRunTwentyOperationsEach_pacedOverFiveMinutes() {
        var load = new PacedLoad(
                Profile.ALL.get("load").apply(EmailQueueSimulation.LOAD), EmailQueueSimulation.PREPARATION_LIMIT);

        assertEquals(1000, load.operations());
        assertEquals(Duration.ofMinutes(5), load.shape().steady());
        assertEquals(Duration.ofSeconds(15), load.pace());
    }

    @Test
    void atQuick_theSameThousandOperations_endWithinTwoMinutes_reconciliationIncluded() {
        var load = new PacedLoad(
                Profile.ALL.get("quick").apply(EmailQueueSimulation.LOAD), EmailQueueSimulation.PREPARATION_LIMIT);
        Duration bound = ReconcileWindow.maxDuration(load, Settings.DEFAULT_RECONCILE_TIMEOUT);

        assertEquals(1000, load.operations());
        assertTrue(bound.compareTo(Duration.ofSeconds(120)) <= 0, "max duration " + bound);
    }

    @Test
    void atSmoke_theOneOperationHasRoomForTheLongestPreparation_loginAndFiveProspectsAtTheRequestTimeOut() {
        var load = new PacedLoad(
                Profile.ALL.get("smoke").apply(EmailQueueSimulation.LOAD), EmailQueueSimulation.PREPARATION_LIMIT);

        assertEquals(1, load.operations());
        assertEquals(Duration.ofSeconds(6 * 10), load.lastStart());
        assertEquals(
                Duration.ofSeconds(60 + 10 + 20 + 10 + 12),
                ReconcileWindow.maxDuration(load, Settings.DEFAULT_RECONCILE_TIMEOUT));
    }
}
