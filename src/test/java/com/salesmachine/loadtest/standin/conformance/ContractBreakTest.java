package com.salesmachine.loadtest.standin.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.standin.database.Operation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractBreakTest {
    @Test
    void aRemovedField_isGone_andTheRestIsKept() {
        assertEquals(
                "{\"id\":\"p1\",\"tags\":[]}",
                apply(
                        ContractBreak.PROSPECTS_CREATE,
                        "{\"id\":\"p1\",\"createdAt\":\"2026-11-22T10:00:00Z\",\"tags\":[]}"));
    }

    @Test
    void aFieldOfTheWrongType_keepsItsValueAsAString() {
        assertEquals(
                "{\"token\":\"t\",\"expiresIn\":\"3600\"}",
                apply(ContractBreak.LOGIN, "{\"token\":\"t\",\"expiresIn\":3600}"));
        assertEquals(
                "{\"id\":\"p1\",\"tags\":\"loadtest,run:x\"}",
                apply(ContractBreak.PROSPECTS_GET, "{\"id\":\"p1\",\"tags\":[\"loadtest\",\"run:x\"]}"));
    }

    @Test
    void aBodyThatIsNotAnObject_isLeftAsItIs() {
        byte[] array = "[1,2]".getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(array, ContractBreak.DASHBOARD.apply(array));
    }

    @Test
    void aBreak_appliesOnlyToItsRouteAndSuccessStatus() {
        assertTrue(ContractBreak.PROSPECTS_GET.appliesTo("GET", "/prospects/{id}", 200));
        assertFalse(ContractBreak.PROSPECTS_GET.appliesTo("GET", "/prospects/{id}", 404));
        assertFalse(ContractBreak.PROSPECTS_GET.appliesTo("DELETE", "/prospects/{id}", 200));
        assertFalse(ContractBreak.PROSPECTS_GET.appliesTo("GET", "/prospects", 200));
    }

    @Test
    void everyBreak_isKeyedLikeTheLatencySetting_andSaysWhatItDoes() {
        for (ContractBreak broken : ContractBreak.values()) {
            assertTrue(Operation.byKey(broken.key()).isPresent(), broken.key());
            assertTrue(broken.deviation().matches("\\w+ is .+"), broken.deviation());
        }
    }

    @Test
    void parse_readsCommaSeparatedKeys_andNoneOrBlankForNone() {
        assertEquals(
                EnumSet.of(ContractBreak.DASHBOARD, ContractBreak.PROSPECTS_LIST),
                ContractBreak.parse(" dashboard , Prospects.List ,"));
        assertEquals(Set.of(), ContractBreak.parse("none"));
        assertEquals(Set.of(), ContractBreak.parse(" "));
    }

    @Test
    void parse_refusesAnUnknownKey_orADelete_listingTheKeys() {
        var unknown = assertThrows(SettingException.class, () -> ContractBreak.parse("dashboard,search"));
        var delete = assertThrows(SettingException.class, () -> ContractBreak.parse("prospects.delete"));

        assertEquals(
                "standin.break: 'search' is not an endpoint that can be broken; use a comma-separated list of "
                        + ContractBreak.keys() + " (the deletes answer 204 without a body)",
                unknown.getMessage());
        assertEquals("standin.break", delete.setting());
        assertFalse(ContractBreak.keys().contains("delete"));
        assertEquals(
                ContractBreak.values().length,
                Arrays.asList(ContractBreak.keys().split(", ")).size());
    }

    private static String apply(ContractBreak broken, String body) {
        return new String(broken.apply(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
