package com.salesmachine.loadtest.injector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectorLimitsTest {

    @Test
    void from_givesTheDefaults_whenNothingIsSet() {
        var limits = InjectorLimits.from(new SettingSource(Map.of(), Map.of()));

        assertEquals(new InjectorLimits(90, 10, 1000, 90, 1000, 95), limits);
        assertEquals(InjectorLimits.DEFAULTS, limits);
    }

    @Test
    void from_readsEverySetting_propertiesBeforeEnvironment() {
        var limits = InjectorLimits.from(new SettingSource(
                Map.of(
                        "injectorMaxCpuPercent", "75.5",
                        "injectorMaxGcPausePercent", "5",
                        "injectorMaxGcPauseMs", "250"),
                Map.of(
                        "INJECTOR_MAX_CPU_PERCENT", "99",
                        "INJECTOR_MAX_HEAP_PERCENT", "80",
                        "INJECTOR_MAX_LAG_MS", "500")));

        assertEquals(new InjectorLimits(75.5, 5, 250, 80, 500, 95), limits);
    }

    @Test
    void from_refusesBadValues_inOneLineNamingTheSetting() {
        assertBad(
                "injectorMaxCpuPercent",
                "lots",
                "injectorMaxCpuPercent: 'lots' is not a positive number; use e.g. 1.5");
        assertBad("injectorMaxCpuPercent", "0", "injectorMaxCpuPercent: '0' is not a positive number; use e.g. 1.5");
        assertBad(
                "injectorMaxCpuPercent",
                "150",
                "injectorMaxCpuPercent: '150' is out of range; use a percentage above 0 up to 100, e.g. 90");
        assertBad(
                "injectorMaxGcPausePercent",
                "101",
                "injectorMaxGcPausePercent: '101' is out of range; use a percentage above 0 up to 100, e.g. 10");
        assertBad(
                "injectorMaxHeapPercent", "-5", "injectorMaxHeapPercent: '-5' is not a positive number; use e.g. 1.5");
        assertBad(
                "injectorMaxGcPauseMs", "1s", "injectorMaxGcPauseMs: '1s' is not a positive whole number; use e.g. 10");
        assertBad(
                "injectorMaxGcPauseMs",
                "600001",
                "injectorMaxGcPauseMs: '600001' is out of range; use 1 to 600000 (ms), e.g. 1000");
        assertBad("injectorMaxLagMs", "0", "injectorMaxLagMs: '0' is not a positive whole number; use e.g. 10");
    }

    @Test
    void limitsBuiltInCode_areCheckedToo() {
        assertThrows(IllegalArgumentException.class, () -> new InjectorLimits(0, 10, 1000, 90, 1000, 95));
        assertThrows(IllegalArgumentException.class, () -> new InjectorLimits(90, 10, 0, 90, 1000, 95));
        assertThrows(IllegalArgumentException.class, () -> new InjectorLimits(90, 10, 1000, 100.5, 1000, 95));
        assertThrows(IllegalArgumentException.class, () -> new InjectorLimits(90, 10, 1000, 90, 1000, 0));
    }

    private static void assertBad(String setting, String value, String message) {
        var e = assertThrows(
                SettingException.class, () -> InjectorLimits.from(new SettingSource(Map.of(setting, value), Map.of())));
        assertEquals(setting, e.setting());
        assertEquals(message, e.getMessage());
    }
}
