package com.salesmachine.loadtest.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandInMainTest {
    @TempDir
    Path dir;

    @Test
    void portArgument_readsBothSpellings() {
        assertEquals(OptionalInt.of(8099), StandInMain.portArgument(new String[] {"--port", "8099"}));
        assertEquals(OptionalInt.of(0), StandInMain.portArgument(new String[] {"--port=0"}));
        assertEquals(OptionalInt.empty(), StandInMain.portArgument(new String[] {}));
    }

    @Test
    void portArgument_rejectsAnythingElse_inOneLine() {
        assertEquals(
                "--port: 'x' is not a port number; use 0 (any free port) to 65535",
                assertThrows(SettingException.class, () -> StandInMain.portArgument(new String[] {"--port", "x"}))
                        .getMessage());
        assertEquals(
                "--port: needs a port number; use 0 (any free port) to 65535",
                assertThrows(SettingException.class, () -> StandInMain.portArgument(new String[] {"--port"}))
                        .getMessage());
        assertThrows(SettingException.class, () -> StandInMain.portArgument(new String[] {"--verbose"}));
    }

    @Test
    void start_createsTheUsersFile_andPrintsWhereItListens() throws Exception {
        Path users = dir.resolve("test-users.json");
        var settings =
                new SettingSource(Map.of("TEST_USERS_FILE", users.toString(), "standin.latencyFactor", "0"), Map.of());
        var out = new ByteArrayOutputStream();

        try (var server = StandInMain.start(
                new String[] {"--port", "0"}, settings, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertTrue(Files.exists(users));
            assertEquals(
                    "Stand-in Sales Machine API listening on " + server.baseUrl() + " (15 accounts from " + users
                            + ")\nIts email queue's store (Upstash REST subset) at " + server.upstashRestUrl()
                            + ", token random (set standin.redisToken to probe it from outside)\n",
                    out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
            assertEquals(
                    200, new ApiClient(server.baseUrl()).get("/health", null).statusCode());
        }
    }

    @Test
    void start_refusesAPortInUse_withASettingError() {
        var settings = new SettingSource(
                Map.of("TEST_USERS_FILE", dir.resolve("u.json").toString()), Map.of());
        try (var first = StandInMain.start(new String[] {}, settings, new PrintStream(new ByteArrayOutputStream()))) {
            var e = assertThrows(
                    SettingException.class,
                    () -> StandInMain.start(
                            new String[] {"--port", String.valueOf(first.port())},
                            settings,
                            new PrintStream(new ByteArrayOutputStream())));

            assertEquals("standin.port", e.setting());
            assertTrue(e.getMessage().contains("is already in use"), e.getMessage());
        }
    }
}
