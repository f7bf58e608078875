package com.salesmachine.loadtest.standin.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.testusers.TestUser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private static final List<TestUser> USERS = List.of(
            new TestUser("ann@test.sales-machine.com", "ann-password"),
            new TestUser("bob@test.sales-machine.com", "bob-password"));

    private final Accounts accounts = new Accounts(USERS, new Random(1));

    @Test
    void authenticate_findsTheAccount_whenThePasswordIsRight() {
        Account ann = accounts.authenticate("ann@test.sales-machine.com", "ann-password")
                .orElseThrow();

        assertEquals("ann@test.sales-machine.com", ann.email());
    }

    @Test
    void authenticate_matchesTheEmailIgnoringCase() {
        assertTrue(accounts.authenticate("ANN@Test.Sales-Machine.com", "ann-password")
                .isPresent());
    }

    @Test
    void authenticate_findsNothing_whenThePasswordIsWrongOrTheEmailUnknown() {
        assertTrue(accounts.authenticate("ann@test.sales-machine.com", "bob-password")
                .isEmpty());
        assertTrue(accounts.authenticate("ann@test.sales-machine.com", "ANN-PASSWORD")
                .isEmpty());
        assertTrue(accounts.authenticate("eve@test.sales-machine.com", "ann-password")
                .isEmpty());
    }

    @Test
    void accounts_haveStableDistinctIds() {
        var again = new Accounts(USERS, new Random(2));

        String ann = accounts.authenticate("ann@test.sales-machine.com", "ann-password")
                .orElseThrow()
                .id();
        String bob = accounts.authenticate("bob@test.sales-machine.com", "bob-password")
                .orElseThrow()
                .id();

        assertNotEquals(ann, bob);
        assertEquals(
                ann,
                again.authenticate("ann@test.sales-machine.com", "ann-password")
                        .orElseThrow()
                        .id());
        assertEquals(2, accounts.size());
    }

    @Test
    void constructor_rejectsTheSameEmailTwice() {
        var twice = List.of(new TestUser("a@b.com", "x"), new TestUser("A@b.com", "y"));

        assertThrows(IllegalArgumentException.class, () -> new Accounts(twice, new Random(1)));
    }
}
