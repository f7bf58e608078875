package com.salesmachine.loadtest.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The summary fixtures of src/test/resources/results as editable JSON trees, and run folders made
 * from them, for the results tests.
 */
final class SummaryFixtures {
    static final String SAMPLE = "sample-summary.json";
    static final String FAILING = "failing-summary.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryFixtures() {}

    /** A passing run: six SLOs, errors, scenario metrics. */
    static ObjectNode sample() {
        return load(SAMPLE);
    }

    /** A failing run: two failed SLOs, twelve error messages, a request name with | < & ", no git commit. */
    static ObjectNode failing() {
        return load(FAILING);
    }

    static RunSummary summary(JsonNode tree) {
        return JSON.convertValue(tree, RunSummary.class);
    }

    /** The same run renamed as another run: its folder name, id and start time. */
    static ObjectNode asRun(ObjectNode tree, String folder, String startTime, int number) {
        ObjectNode copy = tree.deepCopy();
        copy.put("runFolder", folder);
        copy.put("runId", String.format("lt-20261122-1649%02d-%04x", number % 60, number));
        copy.put("startTime", startTime);
        return copy;
    }

    /** Sets the p95 of the request or group at {@code path}, in the whole run and the steady window. */
    static ObjectNode withP95(ObjectNode tree, String path, long p95) {
        ObjectNode copy = tree.deepCopy();
        boolean found = false;
        for (JsonNode holder : new JsonNode[] {copy, copy.get("steady")}) {
            if (holder == null || holder.isNull()) {
                continue;
            }
            for (String list : new String[] {"requests", "groups"}) {
                for (JsonNode entry : holder.get(list)) {
                    if (entry.get("path").asText().equals(path)) {
                        ((ObjectNode) entry.get("stats")).put("p95", p95);
                        found = true;
                    }
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no request or group " + path);
        }
        return copy;
    }

    /** Writes the tree as {@code <resultsDir>/<runFolder>/summary.json}; returns the run folder. */
    static Path writeRun(Path resultsDir, ObjectNode tree) {
        Path folder = resultsDir.resolve(tree.get("runFolder").asText());
        try {
            Files.createDirectories(folder);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(folder.resolve(SummaryFiles.SUMMARY_FILE).toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static ObjectNode load(String name) {
        try (InputStream in = SummaryFixtures.class.getResourceAsStream("/results/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture /results/" + name + " is not on the test classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
