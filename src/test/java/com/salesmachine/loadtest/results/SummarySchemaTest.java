package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures and what {@link SummaryFiles#write} produces hold to docs/summary.schema.json. */
class SummarySchemaTest {
    @TempDir
    Path dir;

    @Test
    void theFixtures_validateAgainstTheDocumentedSchema() {
        assertEquals(List.of(), SummarySchema.problems(SummaryFixtures.sample()));
        assertEquals(List.of(), SummarySchema.problems(SummaryFixtures.failing()));
    }

    @Test
    void whatSummaryFilesWrites_validatesAgainstTheDocumentedSchema() {
        Path file = dir.resolve("summary.json");
        SummaryFiles.write(file, SummaryFixtures.summary(SummaryFixtures.failing()));
        assertEquals(List.of(), SummarySchema.problems(file));
    }

    @Test
    void aBrokenCopy_failsValidation_namingWhatIsWrong() {
        ObjectNode broken = SummaryFixtures.sample();
        broken.remove("verdict");
        broken.put("runId", "run-1");
        broken.put("schemaVersion", 4);
        ((ObjectNode) broken.get("global")).put("koPercent", 140);

        List<String> problems = SummarySchema.problems(broken);

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("verdict")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("runId")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("schemaVersion")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("koPercent")), problems.toString());
    }

    @Test
    void anUnknownField_failsValidation_becauseTheSchemaIsClosed() {
        ObjectNode extra = SummaryFixtures.sample().put("comment", "hello");
        List<String> problems = SummarySchema.problems(extra);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("comment"), problems.toString());
    }
}
