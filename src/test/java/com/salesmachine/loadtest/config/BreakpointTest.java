package com.salesmachine.loadtest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BreakpointTest {
    private static final LoadShape LOAD = LoadShape.of(
            50, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(1), 2);

    private static Settings settings(Map<String, String> props) {
        return Settings.load(new SettingSource(props, Map.of()));
    }

    @Test
    void theBreakpointProfileWithoutALevel_isASearch_andWithALevel_isOneOfItsSteps() {
        assertTrue(settings(Map.of("profile", "breakpoint")).isCapacitySearch());
        Settings step = settings(Map.of("profile", "breakpoint", "breakpointLevel", "40"));
        assertFalse(step.isCapacitySearch());
        assertTrue(step.isCapacityStep());
        assertFalse(settings(Map.of("profile", "load", "breakpointLevel", "40")).isCapacityStep());
    }

    @Test
    void aStep_isTheLoadAtItsLevel_warmedUpThenHeldForItsWindow_withTheRunsOtherOverrides() {
        Settings step = settings(Map.of(
                "profile", "breakpoint",
                "breakpointLevel", "40",
                "breakpointWarmUp", "5s",
                "breakpointWindow", "20s",
                "thinkTime", "0"));
        LoadShape shape = step.shapeFor(LOAD);
        assertEquals(
                LoadShape.of(40, Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ZERO, Duration.ZERO, 2),
                shape);
    }

    @Test
    void theSearch_startsAtTheLoadsUsers_andStopsAtTwentyTimesThem_unlessToldOtherwise() {
        Breakpoint defaults = Breakpoint.defaults();
        assertEquals(50, defaults.startLevel(LOAD));
        assertEquals(1000, defaults.maxLevel(LOAD));
        Breakpoint set =
                settings(Map.of("breakpointStart", "8", "breakpointMax", "64")).breakpoint();
        assertEquals(8, set.startLevel(LOAD));
        assertEquals(64, set.maxLevel(LOAD));
        assertEquals(30, settings(Map.of("breakpointMax", "30")).breakpoint().startLevel(LOAD));
    }

    @Test
    void badSearchSettings_areRefusedInOneLine_namingTheSetting() {
        SettingException above = assertThrows(
                SettingException.class, () -> settings(Map.of("breakpointStart", "80", "breakpointMax", "40")));
        assertEquals(
                "breakpointStart: '80' is above breakpointMax (40); the search starts at or below its highest level",
                above.getMessage());
        SettingException resolution =
                assertThrows(SettingException.class, () -> settings(Map.of("breakpointResolution", "100")));
        assertEquals(
                "breakpointResolution: '100' is not below 100; give a percentage such as 10", resolution.getMessage());
        assertThrows(SettingException.class, () -> settings(Map.of("breakpointWindow", "0s")));
    }
}
