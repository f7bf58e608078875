package com.salesmachine.loadtest.polling;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.results.RecordedWaits;
import org.junit.jupiter.api.Test;

class RecordedWaitsTest {
    @Test
    void thePollingPatternsBackOff_isARecordedWait() {
        assertTrue(RecordedWaits.NAMES.contains(Polling.BACK_OFF));
    }
}
