package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.support.Polling;
import org.junit.jupiter.api.Test;

class RecordedWaitsTest {
    @Test
    void thePollingPatternsBackOff_isARecordedWait() {
        assertTrue(RecordedWaits.NAMES.contains(Polling.BACK_OFF));
    }
}
