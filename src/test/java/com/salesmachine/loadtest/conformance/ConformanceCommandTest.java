package com.salesmachine.loadtest.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance check over real HTTP against the embedded stand-in, as it is and deliberately broken. */
class ConformanceCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int exit, List<String> lines) {}

    private Outcome run(Map<String, String> extra) {
        var settings = new HashMap<String, String>();
        settings.put("TEST_USERS_FILE", dir.resolve("users.json").toString());
        settings.put("standin.latencyFactor", "0");
        settings.putAll(extra);
        var bytes = new ByteArrayOutputStream();
        int exit = ConformanceCommand.run(
                new SettingSource(settings, Map.of()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Outcome(exit, List.of(bytes.toString(StandardCharsets.UTF_8).split("\\R")));
    }

    @Test
    void theStandIn_conforms_onEveryEndpointOfEveryScenario() {
        var outcome = run(Map.of());
        assertEquals(0, outcome.exit(), String.join("\n", outcome.lines()));
        assertEquals(1, outcome.lines().size(), String.join("\n", outcome.lines()));
        assertTrue(
                outcome.lines().get(0).contains(", 0 deviations, 0 notes, 0 skipped"),
                outcome.lines().get(0));
    }

    @Test
    void anEndpointThatIsNotThere_isNamedInOneLine_andFailsTheCheck() {
        var outcome = run(Map.of("path.dashboard", "/no-dashboard", "simulations", "Nfr3BenchmarkSimulation"));
        assertEquals(1, outcome.exit());
        assertTrue(
                outcome.lines()
                        .contains("DEVIATION GET /no-dashboard: expected HTTP 200, got HTTP 404"
                                + " {\"error\":\"not_found\",\"message\":\"No such resource\"}"),
                String.join("\n", outcome.lines()));
    }

    @Test
    void aDeliberatelyBrokenEndpoint_isNamedInOneLine_aDeviationWhereTheSuiteReliesOnIt() {
        var outcome = run(Map.of("standin.break", "prospects.create,dashboard"));
        assertEquals(1, outcome.exit(), String.join("\n", outcome.lines()));
        assertEquals(
                List.of(
                        "NOTE GET /dashboard: expected \"generatedAt\" (string), got no such field",
                        "DEVIATION POST /prospects: expected \"createdAt\" (string), got no such field"),
                outcome.lines().subList(0, outcome.lines().size() - 1));
        assertTrue(
                outcome.lines().get(2).contains(", 1 deviations, 1 notes, 0 skipped"),
                outcome.lines().get(2));
    }

    @Test
    void theStandInBehavingLikeOtherServers_stillConforms() {
        var outcome = run(Map.of(
                "standin.etags", "true",
                "standin.hangOnH2c", "true",
                "standin.n8nFlavor", "n8n",
                "standin.enrichmentLimiter", "window"));
        assertEquals(0, outcome.exit(), String.join("\n", outcome.lines()));
        assertEquals(1, outcome.lines().size(), String.join("\n", outcome.lines()));
    }

    @Test
    void theSimulationsSetting_choosesWhatIsWalked_andRefusesAnUnknownName() {
        assertEquals(
                EnumSet.of(ContractWalk.Area.CORE, ContractWalk.Area.EMAIL_QUEUE),
                ConformanceCommand.areas(Optional.of("EmailQueueSimulation")));
        assertEquals(EnumSet.allOf(ContractWalk.Area.class), ConformanceCommand.areas(Optional.empty()));
        var e = assertThrows(SettingException.class, () -> ConformanceCommand.areas(Optional.of("NoSuchSimulation")));
        assertTrue(e.getMessage().startsWith("simulations: 'NoSuchSimulation' is not a simulation"));
    }
}
