package com.salesmachine.loadtest.standin.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reader of a JSON request object (as plain Java maps and lists) that collects every field error
 * instead of stopping at the first, then reports them all in one {@link ValidationException}.
 */
public final class BodyFields {
    public static final int MAX_TEXT = 200;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 64;

    private final Map<String, ?> body;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public BodyFields(Map<String, ?> body) {
        this.body = body;
    }

    /** A non-blank string of at most {@link #MAX_TEXT} characters, or null after recording an error. */
    public String requiredText(String field) {
        Object value = body.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return fail(field, "is required");
        }
        return text(field, value);
    }

    /** Like {@link #requiredText} but may be absent; null when absent or wrong. */
    public String optionalText(String field) {
        Object value = body.get(field);
        return value == null ? null : text(field, value);
    }

    /** A string of any length, or null when absent or wrong. */
    public String optionalLongText(String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : fail(field, "must be a string");
    }

    /** An optional text that must match {@code pattern}; {@code expected} says what it should look like. */
    public String optionalMatching(String field, Pattern pattern, String expected) {
        String value = optionalText(field);
        if (value != null && !pattern.matcher(value).matches()) {
            return fail(field, "must be " + expected);
        }
        return value;
    }

    /** Up to {@link #MAX_TAGS} tags of 1 to {@link #MAX_TAG_LENGTH} characters; empty when absent. */
    public List<String> tags() {
        List<String> tags = stringList("tags", "must be an array of at most " + MAX_TAGS + " strings");
        if (tags.size() > MAX_TAGS) {
            fail("tags", "must hold at most " + MAX_TAGS + " tags");
            return List.of();
        }
        if (tags.stream().anyMatch(t -> t.isBlank() || t.length() > MAX_TAG_LENGTH)) {
            fail("tags", "each tag must be 1 to " + MAX_TAG_LENGTH + " characters");
            return List.of();
        }
        return tags;
    }

    /** An optional array of strings; empty when absent, and after recording {@code problem} when wrong. */
    public List<String> stringList(String field, String problem) {
        Object value = body.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            fail(field, problem);
            return List.of();
        }
        var strings = new ArrayList<String>();
        list.forEach(item -> strings.add((String) item));
        return List.copyOf(strings);
    }

    /** Records an error for {@code field}; returns null so readers can {@code return fail(...)}. */
    public <T> T fail(String field, String problem) {
        errors.putIfAbsent(field, problem);
        return null;
    }

    /** Throws one {@link ValidationException} naming every field error recorded so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(
                    "The request has " + errors.size() + (errors.size() == 1 ? " invalid field: " : " invalid fields: ")
                            + String.join(", ", errors.keySet()),
                    errors);
        }
    }

    private String text(String field, Object value) {
        if (!(value instanceof String s)) {
            return fail(field, "must be a string");
        }
        if (s.length() > MAX_TEXT) {
            return fail(field, "must be at most " + MAX_TEXT + " characters");
        }
        return s;
    }
}
