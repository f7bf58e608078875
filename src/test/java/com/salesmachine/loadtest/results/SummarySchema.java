package com.salesmachine.loadtest.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The documented summary schema (docs/summary.schema.json) as a check for tests: the problems a
 * summary.json has against it, one line each ({@code /runId: does not match ...}). Runs never call
 * it; {@link SummaryFiles} does the reading.
 */
final class SummarySchema {
    static final Path SCHEMA_FILE = Path.of("docs", "summary.schema.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummarySchema() {}

    /** The schema violations of a summary.json file; empty when it is valid. */
    static List<String> problems(Path summaryJson) {
        try {
            return problems(JSON.readTree(summaryJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(summaryJson + ": cannot be read", e);
        }
    }

    /** The schema violations of a summary tree; empty when it is valid. */
    static List<String> problems(JsonNode summary) {
        return schema().validate(summary).stream().map(SummarySchema::describe).toList();
    }

    private static Schema schema() {
        try {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            return registry.getSchema(JSON.readTree(Files.readString(SCHEMA_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(SCHEMA_FILE + ": cannot be read", e);
        }
    }

    private static String describe(Error error) {
        String at = String.valueOf(error.getInstanceLocation());
        return (at.isEmpty() ? "/" : at) + ": " + error.getMessage();
    }
}
