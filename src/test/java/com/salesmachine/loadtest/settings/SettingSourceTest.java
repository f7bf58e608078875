package com.salesmachine.loadtest.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingSourceTest {

    @Test
    void environmentName_isUpperSnakeCaseOfTheSettingName() {
        assertEquals("THINK_TIME", SettingSource.environmentName("thinkTime"));
        assertEquals("STANDIN_DB_POOL_SIZE", SettingSource.environmentName("standin.dbPoolSize"));
        assertEquals("API_BASE_URL", SettingSource.environmentName("API_BASE_URL"));
        assertEquals("PROFILE", SettingSource.environmentName("profile"));
        assertEquals("N8N_WEBHOOK_URL", SettingSource.environmentName("N8N_WEBHOOK_URL"));
    }

    @Test
    void raw_prefersSystemPropertyOverEnvironment_andTreatsBlankAsAbsent() {
        var source = new SettingSource(Map.of("users", "5", "seed", " "), Map.of("USERS", "9", "SEED", "7"));
        assertEquals(Optional.of("5"), source.raw("users"));
        assertEquals(Optional.of("7"), source.raw("seed"));
        assertEquals(Optional.empty(), source.raw("duration"));
    }

    @Test
    void positiveInt_rejectsZeroNegativeAndText_namingTheSettingAndValue() {
        for (String bad : List.of("0", "-3", "ten", "1.5")) {
            var source = new SettingSource(Map.of("users", bad), Map.of());
            var e = assertThrows(SettingException.class, () -> source.positiveInt("users", 1));
            assertTrue(
                    e.getMessage().startsWith("users: '" + bad + "' is not a positive whole number"), e.getMessage());
        }
    }

    @Test
    void parseDuration_acceptsUnitsCombinationsAndPlainSeconds() {
        assertEquals(Duration.ofMillis(500), SettingSource.parseDuration("d", "500ms", false));
        assertEquals(Duration.ofSeconds(90), SettingSource.parseDuration("d", "1m30s", false));
        assertEquals(Duration.ofSeconds(45), SettingSource.parseDuration("d", "45", false));
        assertEquals(Duration.ofHours(2), SettingSource.parseDuration("d", "2h", false));
        assertEquals(Duration.ZERO, SettingSource.parseDuration("d", "0s", true));
    }

    @Test
    void parseDuration_rejectsGarbageAndZeroWhereZeroIsNotAllowed() {
        for (String bad : List.of("soon", "5 minutes", "1m-3s", "m", "-5s", "5x")) {
            var e = assertThrows(SettingException.class, () -> SettingSource.parseDuration("duration", bad, false));
            assertTrue(e.getMessage().startsWith("duration: '" + bad + "' is not a duration"), e.getMessage());
        }
        var e = assertThrows(SettingException.class, () -> SettingSource.parseDuration("duration", "0s", false));
        assertTrue(e.getMessage().contains("must be greater than zero"), e.getMessage());
    }

    @Test
    void httpUrl_acceptsHttpAndHttps_andRejectsEverythingElseWithOneLine() {
        assertEquals(
                "staging.example.com",
                new SettingSource(Map.of("API_BASE_URL", "https://staging.example.com/api"), Map.of())
                        .httpUrl("API_BASE_URL")
                        .get()
                        .getHost());
        for (String bad : List.of("not-a-url", "ftp://host", "http://", "localhost:8080", "http://exa mple.com")) {
            var source = new SettingSource(Map.of("API_BASE_URL", bad), Map.of());
            var e = assertThrows(SettingException.class, () -> source.httpUrl("API_BASE_URL"));
            assertTrue(e.getMessage().startsWith("API_BASE_URL: '" + bad + "' is not a URL"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void mask_hidesCredentialsWrittenIntoAUrl() {
        assertEquals("https://***@host/x", SettingSource.mask("https://user:secret@host/x"));
        assertEquals("https://host/x", SettingSource.mask("https://host/x"));
    }

    @Test
    void bool_acceptsTrueFalse_andRejectsOtherWords() {
        assertTrue(new SettingSource(Map.of(), Map.of("ALLOW_PRODUCTION", "true")).bool("ALLOW_PRODUCTION", false));
        var source = new SettingSource(Map.of("ALLOW_PRODUCTION", "maybe"), Map.of());
        var e = assertThrows(SettingException.class, () -> source.bool("ALLOW_PRODUCTION", false));
        assertEquals("ALLOW_PRODUCTION: 'maybe' is not a boolean; use true or false", e.getMessage());
    }
}
