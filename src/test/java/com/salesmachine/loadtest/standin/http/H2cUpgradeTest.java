package com.salesmachine.loadtest.standin.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class H2cUpgradeTest {
    @Test
    void requested_whenAnUpgradeLineListsH2c_inAnyCaseAndPlace() {
        assertTrue(H2cUpgrade.requested(List.of("h2c")));
        assertTrue(H2cUpgrade.requested(List.of("H2C")));
        assertTrue(H2cUpgrade.requested(List.of("websocket, h2c")));
        assertTrue(H2cUpgrade.requested(List.of("websocket", " h2c ")));
    }

    @Test
    void notRequested_withoutAnUpgradeField_orForOtherProtocols() {
        assertFalse(H2cUpgrade.requested(List.of()));
        assertFalse(H2cUpgrade.requested(List.of("websocket")));
        assertFalse(H2cUpgrade.requested(List.of("h2")));
        assertFalse(H2cUpgrade.requested(List.of("h2cx, TLS/1.2")));
    }
}
