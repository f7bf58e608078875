package com.salesmachine.loadtest.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code summary.json}: given a file or the run folder that holds one, it returns
 * a {@link RunSummary} or throws an {@link UnusableInputException} with one line naming the file
 * and what is wrong.
 */
public final class SummaryFiles {
    public static final String SUMMARY_FILE = "summary.json";

    /** Unknown fields are ignored: the schema test, not every reader, holds the writer to the schema. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private SummaryFiles() {}

    /** The summary.json a path names: the path itself, or the one inside it when it is a folder. */
    public static Path locate(Path fileOrRunFolder) {
        return Files.isDirectory(fileOrRunFolder) ? fileOrRunFolder.resolve(SUMMARY_FILE) : fileOrRunFolder;
    }

    /** Reads a summary.json, or the one in a run folder. */
    public static RunSummary read(Path fileOrRunFolder) {
        Path file = locate(fileOrRunFolder);
        JsonNode root = parse(file);
        SummaryShape.problem(root).ifPresent(problem -> {
            throw new UnusableInputException(file + ": " + problem);
        });
        try {
            return JSON.treeToValue(root, RunSummary.class);
        } catch (JsonProcessingException e) {
            throw new UnusableInputException(file + ": " + describeBinding(e));
        }
    }

    /** Writes a summary pretty-printed with a trailing newline; a folder gets a summary.json inside. */
    public static void write(Path fileOrRunFolder, RunSummary summary) {
        Path file = locate(fileOrRunFolder);
        try {
            String text = PRETTY.writeValueAsString(summary) + "\n";
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written beside and moved into place, so a reader never sees half a file.
            Path partial = parent.resolve(file.getFileName() + ".partial");
            Files.writeString(partial, text);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }

    private static JsonNode parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            boolean namedAsSummary =
                    file.getFileName() != null && file.getFileName().toString().endsWith(".json");
            throw new UnusableInputException(file + (namedAsSummary ? ": no such file" : ": no such file or folder"));
        } catch (IOException e) {
            throw new UnusableInputException(
                    file + ": cannot be read (" + oneLine(String.valueOf(e.getMessage())) + ")");
        }
        if (text.isBlank()) {
            throw new UnusableInputException(file + ": empty file, not JSON");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new UnusableInputException(file + ": not JSON (" + where + oneLine(e.getOriginalMessage()) + ")");
        }
    }

    private static String describeBinding(JsonProcessingException e) {
        String message = oneLine(e.getOriginalMessage());
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return "field " + path + ": " + message;
        }
        return message;
    }

    /** The first line of a parser message, without the input excerpt Jackson may append. */
    private static String oneLine(String message) {
        String first = message.lines().findFirst().orElse("").trim();
        return first.length() > 160 ? first.substring(0, 157) + "..." : first;
    }
}
