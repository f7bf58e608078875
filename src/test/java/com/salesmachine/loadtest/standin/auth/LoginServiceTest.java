package com.salesmachine.loadtest.standin.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import com.salesmachine.loadtest.testusers.TestUser;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private final Tokens tokens = new Tokens(new FakeClock(), Duration.ofMinutes(30), new Random(1), 100);
    private final LoginService logins = new LoginService(
            new Accounts(List.of(new TestUser("ann@test.sales-machine.com", "secret")), new Random(1)), tokens);

    @Test
    void login_issuesABearerTokenForTheAccount() {
        LoginAnswer answer = logins.login(new Credentials("ann@test.sales-machine.com", "secret"))
                .orElseThrow();

        assertEquals("Bearer", answer.tokenType());
        assertEquals(1800, answer.expiresIn());
        assertEquals("ann@test.sales-machine.com", answer.user().email());
        assertEquals(answer.user().id(), tokens.accountFor(answer.token()).orElseThrow());
        assertFalse(answer.toString().contains(answer.token()));
    }

    @Test
    void login_answersNothing_whenThePasswordIsWrong() {
        assertTrue(logins.login(new Credentials("ann@test.sales-machine.com", "guess"))
                .isEmpty());
    }

    @Test
    void credentials_requireEmailAndPassword() {
        var e = assertThrows(ValidationException.class, () -> Credentials.from(Map.of()));

        assertEquals(Map.of("email", "is required", "password", "is required"), e.fieldErrors());
    }

    @Test
    void credentials_rejectAPasswordThatIsNotAString() {
        var body = new HashMap<String, Object>(Map.of("email", "ann@test.sales-machine.com", "password", 42));

        var e = assertThrows(ValidationException.class, () -> Credentials.from(body));

        assertEquals(Map.of("password", "must be a string"), e.fieldErrors());
    }

    @Test
    void credentials_toString_hidesThePassword() {
        assertFalse(new Credentials("a@b.com", "hunter2").toString().contains("hunter2"));
    }
}
