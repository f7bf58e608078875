package com.salesmachine.loadtest.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00.400Z");

    @Test
    void delaySeconds_areTheWait() {
        assertEquals(seconds(2), RetryAfter.parse("2", NOW));
        assertEquals(seconds(0), RetryAfter.parse("0", NOW));
        assertEquals(seconds(120), RetryAfter.parse(" 120 ", NOW));
    }

    @Test
    void anHttpDate_isTheWaitFromNowUntilThen_toTheMillisecond() {
        assertEquals(
                Optional.of(new RetryAfter(RetryAfter.Form.HTTP_DATE, Duration.ofMillis(1600))),
                RetryAfter.parse("Mon, 02 Nov 2026 10:00:02 GMT", NOW));
        assertEquals(
                Optional.of(new RetryAfter(RetryAfter.Form.HTTP_DATE, Duration.ofMillis(86_399_600))),
                RetryAfter.parse("Tue, 3 Nov 2026 10:00:00 GMT", NOW));
    }

    @Test
    void theObsoleteDateForms_areAcceptedToo_asARecipientMust() {
        var expected = Optional.of(new RetryAfter(RetryAfter.Form.HTTP_DATE, Duration.ofMillis(1600)));

        assertEquals(expected, RetryAfter.parse("Monday, 02-Nov-26 10:00:02 GMT", NOW));
        assertEquals(expected, RetryAfter.parse("Mon Nov  2 10:00:02 2026", NOW));
    }

    @Test
    void anHttpDateAlreadyPast_asksForNoWait() {
        assertEquals(
                Optional.of(new RetryAfter(RetryAfter.Form.HTTP_DATE, Duration.ZERO)),
                RetryAfter.parse("Mon, 02 Nov 2026 09:59:00 GMT", NOW));
    }

    @Test
    void anAbsentOrBlankHeader_isNotUsable() {
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("  ", NOW));
    }

    @Test
    void malformedValues_areNotUsable() {
        for (String value : new String[] {
            "-1",
            "1.5",
            "2s",
            "soon",
            "0x10",
            "+3",
            "99999999999999999999",
            "Mon, 02 Nov 2026 10:00:02",
            "Mon, 02 Nov 2026 10:00:02 CET",
            "Tue, 02 Nov 2026 10:00:02 GMT",
            "Mon, 31 Nov 2026 10:00:02 GMT",
            "2026-11-02T10:00:02Z",
            "Monday, 02-Nov-26 10:00:02",
            "Mon Nov  2 10:00:02 2026 GMT",
            "Mon Nov 31 10:00:02 2026"
        }) {
            assertEquals(Optional.empty(), RetryAfter.parse(value, NOW), value);
        }
    }

    @Test
    void waitsOfMoreThanADay_areNotUsable() {
        assertEquals(Optional.empty(), RetryAfter.parse("86401", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("Wed, 04 Nov 2026 10:00:02 GMT", NOW));
        assertEquals(seconds(86_400), RetryAfter.parse("86400", NOW));
    }

    private static Optional<RetryAfter> seconds(long s) {
        return Optional.of(new RetryAfter(RetryAfter.Form.SECONDS, Duration.ofSeconds(s)));
    }
}
