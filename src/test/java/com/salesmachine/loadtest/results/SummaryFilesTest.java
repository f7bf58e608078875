package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryFilesTest {
    @TempDir
    Path dir;

    @Test
    void read_acceptsTheSummaryFileOrTheRunFolderHoldingIt() {
        Path folder = SummaryFixtures.writeRun(dir, SummaryFixtures.sample());

        RunSummary fromFile = SummaryFiles.read(folder.resolve("summary.json"));
        RunSummary fromFolder = SummaryFiles.read(folder);

        assertEquals(fromFile, fromFolder);
        assertEquals("Nfr3BenchmarkSimulation", fromFile.simulation());
        assertEquals(7, fromFile.requests().size());
        assertEquals(233, fromFile.requests().get(1).stats().p95());
        assertNull(fromFile.metrics().rates().get(0).value());
        assertTrue(fromFile.passed());
    }

    @Test
    void read_namesTheFile_whenItIsMissing() {
        Path missing = dir.resolve("nowhere/summary.json");
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void read_namesTheFolder_whenARunFolderHasNoSummary() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run-without-summary"));
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(folder));
        assertEquals(folder.resolve("summary.json") + ": no such file", e.getMessage());
    }

    @Test
    void read_namesLineAndColumn_whenTheFileIsNotJson() throws IOException {
        Path file = Files.writeString(dir.resolve("summary.json"), "{\n  \"schemaVersion\": 1,\n  oops\n}\n");
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not JSON (line 3, column 3: "), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void read_callsAnEmptyOrTruncatedFileNotJson() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertEquals(
                empty + ": empty file, not JSON",
                assertThrows(UnusableInputException.class, () -> SummaryFiles.read(empty))
                        .getMessage());

        String sample = SummaryFixtures.sample().toString();
        Path truncated = Files.writeString(dir.resolve("truncated.json"), sample.substring(0, sample.length() / 2));
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ": not JSON (line 1, column "), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void read_refusesAnUnknownSchemaVersion_namingBothVersions() {
        ObjectNode tree = SummaryFixtures.sample().put("schemaVersion", 4);
        Path folder = SummaryFixtures.writeRun(dir, tree);
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(folder));
        assertEquals(
                folder.resolve("summary.json") + ": schemaVersion 4 is not known; this suite reads 2 and 3",
                e.getMessage());
    }

    @Test
    void read_acceptsAVersion2Summary_withoutTheFieldsVersion3Added() {
        ObjectNode tree = SummaryFixtures.sample().put("schemaVersion", 2);
        tree.remove(List.of("stopped", "steps", "spike", "capacity"));
        RunSummary read = SummaryFiles.read(SummaryFixtures.writeRun(dir, tree));
        assertEquals(2, read.schemaVersion());
        assertEquals(List.of(), read.steps());
        assertNull(read.stopped());
    }

    @Test
    void read_stillRequiresTheVersion3Fields_inAVersion3Summary() {
        ObjectNode tree = SummaryFixtures.sample();
        tree.remove("steps");
        Path folder = SummaryFixtures.writeRun(dir, tree);
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(folder));
        assertTrue(e.getMessage().endsWith(": missing required field steps"), e.getMessage());
    }

    @Test
    void read_namesTheMissingField_evenDeepInsideAList() {
        ObjectNode tree = SummaryFixtures.sample();
        ((ObjectNode) tree.get("requests").get(1).get("stats")).remove("p95");
        Path folder = SummaryFixtures.writeRun(dir, tree);
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(folder));
        assertEquals(folder.resolve("summary.json") + ": missing required field requests[1].stats.p95", e.getMessage());
    }

    @Test
    void read_namesAMissingTopLevelField_andAMissingSchemaVersion() {
        ObjectNode noVerdict = SummaryFixtures.sample();
        noVerdict.remove("verdict");
        Path a = SummaryFixtures.writeRun(dir.resolve("a"), noVerdict);
        assertTrue(assertThrows(UnusableInputException.class, () -> SummaryFiles.read(a))
                .getMessage()
                .endsWith(": missing required field verdict"));

        ObjectNode noVersion = SummaryFixtures.sample();
        noVersion.remove("schemaVersion");
        Path b = SummaryFixtures.writeRun(dir.resolve("b"), noVersion);
        assertTrue(assertThrows(UnusableInputException.class, () -> SummaryFiles.read(b))
                .getMessage()
                .endsWith(": missing required field schemaVersion"));
    }

    @Test
    void read_refusesNullWhereTheSchemaForbidsIt_butAcceptsANullGitCommit() {
        ObjectNode nullLoad = SummaryFixtures.sample();
        nullLoad.putNull("load");
        Path a = SummaryFixtures.writeRun(dir.resolve("a"), nullLoad);
        assertTrue(assertThrows(UnusableInputException.class, () -> SummaryFiles.read(a))
                .getMessage()
                .endsWith(": field load is null"));

        RunSummary failing = SummaryFiles.read(SummaryFixtures.writeRun(dir.resolve("b"), SummaryFixtures.failing()));
        assertNull(failing.environment().gitCommit());
        assertNull(failing.environment().hostname());
    }

    @Test
    void read_namesTheField_whenAValueHasTheWrongType() {
        ObjectNode tree = SummaryFixtures.sample();
        ((ObjectNode) tree.get("load")).put("users", "fifty");
        Path folder = SummaryFixtures.writeRun(dir, tree);
        var e = assertThrows(UnusableInputException.class, () -> SummaryFiles.read(folder));
        assertTrue(e.getMessage().startsWith(folder.resolve("summary.json") + ": field load.users: "), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void read_refusesAStartTimeThatIsNotADateTime_andAnUnknownVerdict() {
        Path a = SummaryFixtures.writeRun(
                dir.resolve("a"), SummaryFixtures.sample().put("startTime", "yesterday"));
        assertTrue(assertThrows(UnusableInputException.class, () -> SummaryFiles.read(a))
                .getMessage()
                .contains("startTime 'yesterday' is not a date-time"));
        Path b = SummaryFixtures.writeRun(
                dir.resolve("b"), SummaryFixtures.sample().put("verdict", "MAYBE"));
        assertTrue(assertThrows(UnusableInputException.class, () -> SummaryFiles.read(b))
                .getMessage()
                .endsWith("verdict 'MAYBE' is none of PASS, FAIL, STOPPED, INVALID"));
    }

    @Test
    void write_thenRead_givesTheSameSummary_prettyPrintedWithATrailingNewline() throws IOException {
        RunSummary original = SummaryFixtures.summary(SummaryFixtures.failing());
        Path file = dir.resolve("run/summary.json");

        SummaryFiles.write(file, original);

        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 3,\n"), text.substring(0, 40));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\"gitCommit\": null"));
        assertEquals(original, SummaryFiles.read(file));
        assertFalse(Files.exists(dir.resolve("run/summary.json.partial")));
    }

    @Test
    void write_intoARunFolder_putsSummaryJsonInside() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run"));
        RunSummary original = SummaryFixtures.summary(SummaryFixtures.sample());
        SummaryFiles.write(folder, original);
        assertEquals(original, SummaryFiles.read(folder.resolve("summary.json")));
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }
}
