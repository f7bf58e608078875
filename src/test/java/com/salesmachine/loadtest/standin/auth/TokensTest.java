package com.salesmachine.loadtest.standin.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {
    private final FakeClock clock = new FakeClock();
    private final Tokens tokens = new Tokens(clock, Duration.ofHours(1), new Random(5), 1_000);

    @Test
    void issue_givesAnOpaqueTokenForTheAccount() {
        Session session = tokens.issue("account-1");

        assertEquals(Optional.of("account-1"), tokens.accountFor(session.token()));
        assertFalse(session.token().contains("account-1"));
        assertTrue(session.token().length() >= 40, session.token());
        assertNotEquals(session.token(), tokens.issue("account-1").token());
    }

    @Test
    void accountFor_acceptsTheToken_untilItsTimeToLiveIsOver() {
        String token = tokens.issue("account-1").token();

        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertEquals(Optional.of("account-1"), tokens.accountFor(token));
        clock.advance(Duration.ofSeconds(1));

        assertEquals(Optional.empty(), tokens.accountFor(token));
    }

    @Test
    void accountFor_rejectsAnUnknownToken() {
        assertEquals(Optional.empty(), tokens.accountFor("made-up"));
    }

    @Test
    void issue_dropsExpiredTokens_soMemoryStaysBounded() {
        for (int i = 0; i < 10; i++) {
            tokens.issue("account-1");
        }
        clock.advance(Duration.ofHours(2));

        tokens.issue("account-2");

        assertEquals(1, tokens.liveCount());
    }

    @Test
    void issue_dropsTheOldestToken_beyondTheMaximumLiveCount() {
        var small = new Tokens(clock, Duration.ofHours(1), new Random(5), 2);
        String oldest = small.issue("a").token();
        String middle = small.issue("b").token();

        String newest = small.issue("c").token();

        assertEquals(Optional.empty(), small.accountFor(oldest));
        assertEquals(Optional.of("b"), small.accountFor(middle));
        assertEquals(Optional.of("c"), small.accountFor(newest));
    }

    @Test
    void session_toString_hidesTheToken() {
        Session session = tokens.issue("account-1");

        assertFalse(session.toString().contains(session.token()));
    }
}
