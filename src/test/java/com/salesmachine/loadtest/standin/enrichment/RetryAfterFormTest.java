package com.salesmachine.loadtest.standin.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesmachine.loadtest.settings.SettingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterFormTest {
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00.250Z");

    @Test
    void seconds_roundUpToTheNextWholeSecond_andAreAtLeastOne() {
        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofMillis(1200)), "2", NOW.plusSeconds(2));
        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofSeconds(3)), "3", NOW.plusSeconds(3));
        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofMillis(1)), "1", NOW.plusSeconds(1));
    }

    @Test
    void date_isAnImfFixdate_onTheFirstWholeSecondAtOrAfterTheNextToken() {
        var advice = RetryAfterForm.HTTP_DATE.advise(NOW, Duration.ofMillis(1200));

        assertAdvice(advice, "Mon, 02 Nov 2026 10:00:02 GMT", Instant.parse("2026-11-02T10:00:02Z"));
        assertAdvice(
                RetryAfterForm.HTTP_DATE.advise(NOW, Duration.ofMillis(750)),
                "Mon, 02 Nov 2026 10:00:01 GMT",
                Instant.parse("2026-11-02T10:00:01Z"));
    }

    @Test
    void roundedDown_secondsAreTheWholeSecondsLeft_possiblyZero() {
        var down = RetryAfterForm.Rounding.DOWN;

        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofMillis(1999), down), "1", NOW.plusSeconds(1));
        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofSeconds(60), down), "60", NOW.plusSeconds(60));
        assertAdvice(RetryAfterForm.SECONDS.advise(NOW, Duration.ofMillis(999), down), "0", NOW);
    }

    @Test
    void roundedDown_dateIsTheWholeSecondAtOrBeforeTheReset() {
        assertAdvice(
                RetryAfterForm.HTTP_DATE.advise(NOW, Duration.ofMillis(1200), RetryAfterForm.Rounding.DOWN),
                "Mon, 02 Nov 2026 10:00:01 GMT",
                Instant.parse("2026-11-02T10:00:01Z"));
        assertAdvice(
                RetryAfterForm.HTTP_DATE.advise(NOW, Duration.ofMillis(750), RetryAfterForm.Rounding.DOWN),
                "Mon, 02 Nov 2026 10:00:01 GMT",
                Instant.parse("2026-11-02T10:00:01Z"));
    }

    @Test
    void none_advisesNothing() {
        var advice = RetryAfterForm.NONE.advise(NOW, Duration.ofSeconds(1));

        assertEquals(Optional.empty(), advice.header());
        assertEquals(Optional.empty(), advice.notBefore());
    }

    @Test
    void parse_acceptsTheSettingsWords_inAnyCase_andNamesThemWhenWrong() {
        assertEquals(RetryAfterForm.SECONDS, RetryAfterForm.parse("s", "seconds"));
        assertEquals(RetryAfterForm.HTTP_DATE, RetryAfterForm.parse("s", " Date "));
        assertEquals(RetryAfterForm.NONE, RetryAfterForm.parse("s", "NONE"));
        var e = assertThrows(SettingException.class, () -> RetryAfterForm.parse("standin.retryAfter", "http-date"));
        assertEquals(
                "standin.retryAfter: 'http-date' is not a Retry-After form; use one of seconds, date, none",
                e.getMessage());
    }

    private static void assertAdvice(RetryAfterForm.Advice advice, String header, Instant notBefore) {
        assertEquals(Optional.of(header), advice.header());
        assertEquals(Optional.of(notBefore), advice.notBefore());
    }
}
