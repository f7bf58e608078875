package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void report_writesReportAndJUnitXmlBesideTheSummary_andSaysWhere_givenARunFolder() throws IOException {
        Path folder = SummaryFixtures.writeRun(dir, SummaryFixtures.failing());

        int code = run(Map.of("summary", folder.toString()));

        assertEquals(0, code, text(err));
        assertTrue(Files.readString(folder.resolve("report.md")).startsWith("# Load-testing report: "));
        assertTrue(Files.readString(folder.resolve("slo-junit.xml")).contains("failures=\"2\""));
        assertEquals(1, text(out).lines().count(), text(out));
        assertTrue(text(out).contains(folder.resolve("report.md").toString()), text(out));
        assertEquals("", text(err));
    }

    @Test
    void report_acceptsThePathOfTheSummaryJsonItself() {
        Path folder = SummaryFixtures.writeRun(dir, SummaryFixtures.sample());
        assertEquals(0, run(Map.of("summary", folder.resolve("summary.json").toString())));
        assertTrue(Files.exists(folder.resolve("report.md")));
    }

    @Test
    void report_exits64_withOneErrorLine_whenTheSummaryIsCorrupt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run"));
        Files.writeString(folder.resolve("summary.json"), "{\"schemaVersion\": 1,");

        int code = run(Map.of("summary", folder.toString()));

        assertEquals(64, code);
        assertEquals(1, text(err).lines().count(), text(err));
        assertTrue(text(err).startsWith("ERROR " + folder.resolve("summary.json") + ": not JSON"), text(err));
        assertFalse(Files.exists(folder.resolve("report.md")));
    }

    @Test
    void report_exits64_whenTheSummaryIsOfAnUnknownSchemaVersion() {
        Path folder = SummaryFixtures.writeRun(dir, SummaryFixtures.sample().put("schemaVersion", 4));
        assertEquals(64, run(Map.of("summary", folder.toString())));
        assertTrue(text(err).contains("schemaVersion 4 is not known; this suite reads 2 and 3"), text(err));
    }

    @Test
    void report_exits64_namingTheSetting_whenSummaryIsNotSet() {
        assertEquals(64, run(Map.of()));
        assertTrue(text(err).startsWith("ERROR summary: not set"), text(err));
    }

    @Test
    void writeReports_writesBothFilesIntoTheRunFolder() throws IOException {
        Path folder = dir.resolve("results/run");
        ReportCommand.writeReports(folder, SummaryFixtures.summary(SummaryFixtures.sample()));
        assertTrue(Files.readString(folder.resolve(ReportCommand.REPORT_FILE)).contains("## Scaling limits"));
        assertTrue(Files.readString(folder.resolve(ReportCommand.JUNIT_FILE)).contains("<testsuite "));
    }

    private int run(Map<String, String> properties) {
        return ReportCommand.run(
                new SettingSource(properties, Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
