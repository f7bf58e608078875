package com.salesmachine.loadtest.standin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyOverridesTest {
    private static final Map<Operation, LatencyProfile> DEFAULTS = defaults();

    @Test
    void apply_setsMedianAndP99_forTheNamedKey() {
        var profiles = LatencyOverrides.apply("dashboard=700/1200", DEFAULTS);

        assertEquals(new LatencyProfile(700, 1200, 0), profiles.get(Operation.DASHBOARD));
        assertEquals(Operation.LOGIN.defaultProfile(), profiles.get(Operation.LOGIN));
    }

    @Test
    void apply_addsAFixedExtra_keepingTheDistribution() {
        var profiles = LatencyOverrides.apply("prospects.list=+200", DEFAULTS);

        assertEquals(new LatencyProfile(45, 220, 200), profiles.get(Operation.PROSPECTS_LIST));
    }

    @Test
    void apply_takesSeveralEntries_withSpacesAndDecimals() {
        var profiles = LatencyOverrides.apply(" login = 1.5/2 , login=+0.5,campaigns.get=0/0, ", DEFAULTS);

        assertEquals(new LatencyProfile(1.5, 2, 0.5), profiles.get(Operation.LOGIN));
        assertEquals(new LatencyProfile(0, 0, 0), profiles.get(Operation.CAMPAIGNS_GET));
    }

    @Test
    void apply_rejectsAnUnknownKey_listingTheKnownOnes() {
        var e = assertThrows(SettingException.class, () -> LatencyOverrides.apply("dashbord=1/2", DEFAULTS));

        assertEquals("standin.latency", e.setting());
        assertTrue(e.getMessage().contains("'dashbord=1/2' has unknown key 'dashbord'"), e.getMessage());
        assertTrue(e.getMessage().contains("login, prospects.list, prospects.create"), e.getMessage());
        assertTrue(e.getMessage().contains("campaigns.delete, dashboard"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "login",
                "login=",
                "login=100",
                "login=100/",
                "login=-1/2",
                "login=+",
                "login=1/2/3",
                "login=fast"
            })
    void apply_rejectsAMalformedEntry(String spec) {
        var e = assertThrows(SettingException.class, () -> LatencyOverrides.apply(spec, DEFAULTS));

        assertTrue(
                e.getMessage().startsWith("standin.latency: '" + spec + "' is not key=MEDIAN/P99 or key=+EXTRA"),
                e.getMessage());
    }

    @Test
    void apply_rejectsAP99BelowTheMedian() {
        var e = assertThrows(SettingException.class, () -> LatencyOverrides.apply("login=200/100", DEFAULTS));

        assertTrue(e.getMessage().contains("has a P99 below its MEDIAN"), e.getMessage());
    }

    private static Map<Operation, LatencyProfile> defaults() {
        var map = new EnumMap<Operation, LatencyProfile>(Operation.class);
        for (Operation operation : Operation.values()) {
            map.put(operation, operation.defaultProfile());
        }
        return map;
    }
}
