package com.salesmachine.loadtest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PacingTest {
    private static final Duration SLOT = Duration.ofSeconds(100);

    @Test
    void offsets_fallWithinTheSlot() {
        for (long user = 1; user <= 1_000; user++) {
            long ms = Pacing.offset(user, 1, SLOT).toMillis();
            assertTrue(ms >= 0 && ms < SLOT.toMillis(), "user " + user + ": " + ms);
        }
    }

    @Test
    void aHundredUsers_areSpreadEvenly_noGapMoreThanTwoAndAHalfTimesTheAverage() {
        long[] offsets = LongStream.rangeClosed(1, 100)
                .map(user -> Pacing.offset(user, 1, SLOT).toMillis())
                .sorted()
                .toArray();
        long widest = offsets[0] + SLOT.toMillis() - offsets[offsets.length - 1];
        for (int i = 1; i < offsets.length; i++) {
            widest = Math.max(widest, offsets[i] - offsets[i - 1]);
        }

        assertTrue(widest <= 2_500, "widest gap " + widest + " ms in " + Arrays.toString(offsets));
    }

    @Test
    void theSeed_shiftsEveryOffset_reproducibly() {
        assertEquals(Pacing.offset(7, 3, SLOT), Pacing.offset(7, 3, SLOT));
        assertNotEquals(Pacing.offset(7, 3, SLOT), Pacing.offset(7, 4, SLOT));
    }

    @Test
    void aSlotMustLastSomeTime() {
        assertThrows(IllegalArgumentException.class, () -> new Pacing(Duration.ZERO, 1));
    }
}
