package com.salesmachine.loadtest.testusers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The test-users file: a JSON array of {@code {"email", "password"}} objects, shared by the suite's
 * login feeder and the stand-in, which creates exactly these accounts.
 */
public final class TestUsersFile {
    public static final Path DEFAULT_PATH = Path.of("user-files", "resources", "test-users.json");
    public static final int DEFAULT_COUNT = 15;
    public static final int MIN_COUNT = 10;
    public static final int MAX_COUNT = 20;
    public static final String GENERATE_COMMAND = "./mvnw -q compile exec:java@test-users";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String EXPECTED = "expected a JSON array of {\"email\", \"password\"} objects";

    private TestUsersFile() {}

    /** Accounts named {@code loadtest-user-{n}@test.sales-machine.com} with random 24-character passwords. */
    public static List<TestUser> generate(int count, RandomGenerator random) {
        if (count < MIN_COUNT || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be " + MIN_COUNT + " to " + MAX_COUNT + ", was " + count);
        }
        var users = new ArrayList<TestUser>();
        for (int n = 1; n <= count; n++) {
            var password = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            users.add(new TestUser("loadtest-user-" + n + "@test.sales-machine.com", password.toString()));
        }
        return users;
    }

    public static void write(Path file, List<TestUser> users) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        var rows = users.stream()
                .map(u -> Map.of("email", u.email(), "password", u.password()))
                .toList();
        Files.writeString(file, JSON.writeValueAsString(rows) + "\n");
    }

    /** Reads the file, creating it with {@link #DEFAULT_COUNT} fresh accounts first when it does not exist. */
    public static List<TestUser> readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            write(file, generate(DEFAULT_COUNT, new SecureRandom()));
        }
        return read(file);
    }

    /** Reads and validates the file; every problem is a {@link TestUsersFileException} with one line. */
    public static List<TestUser> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TestUsersFileException(file + " does not exist; create it with " + GENERATE_COMMAND);
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new TestUsersFileException(file + " is not valid JSON" + where + "; " + EXPECTED);
        } catch (IOException e) {
            throw new TestUsersFileException(file + " cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new TestUsersFileException(file + " holds no accounts; " + EXPECTED);
        }
        var users = new ArrayList<TestUser>();
        var seen = new HashSet<String>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode row = root.get(i);
            String email = text(row, "email");
            String password = text(row, "password");
            if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new TestUsersFileException(file + " entry " + (i + 1) + " has no valid \"email\"; " + EXPECTED);
            }
            if (password == null) {
                throw new TestUsersFileException(
                        file + " entry " + (i + 1) + " (" + email + ") has no \"password\"; " + EXPECTED);
            }
            if (!seen.add(email.toLowerCase(java.util.Locale.ROOT))) {
                throw new TestUsersFileException(file + " lists " + email + " twice; each account must appear once");
            }
            users.add(new TestUser(email, password));
        }
        return List.copyOf(users);
    }

    private static String text(JsonNode row, String field) {
        if (row == null || !row.isObject()) {
            return null;
        }
        JsonNode value = row.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
