package com.salesmachine.loadtest.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on the fields of a JSON answer, each checked on its own so every miss is named. */
final class JsonShape {
    /** What a field must be. */
    enum Type {
        STRING,
        NON_BLANK_STRING,
        /** An id: a non-blank string or a whole number (APIs differ; the suite takes both). */
        ID,
        NUMBER,
        BOOLEAN,
        OBJECT,
        ARRAY
    }

    record Rule(String path, Type type, boolean relied, Optional<Set<String>> oneOf, Optional<String> equalTo) {}

    private final List<Rule> rules = new ArrayList<>();

    /** A field the suite's checks rely on. */
    JsonShape needs(String path, Type type) {
        rules.add(new Rule(path, type, true, Optional.empty(), Optional.empty()));
        return this;
    }

    /** A field the suite relies on, with one of these values. */
    JsonShape needs(String path, Set<String> oneOf) {
        rules.add(new Rule(path, Type.STRING, true, Optional.of(oneOf), Optional.empty()));
        return this;
    }

    /** A field the suite relies on, equal to {@code value} (as text). */
    JsonShape needsEqual(String path, String value) {
        rules.add(new Rule(path, Type.ID, true, Optional.empty(), Optional.of(value)));
        return this;
    }

    /** A field the contract documents but the suite does not rely on. */
    JsonShape documents(String path, Type type) {
        rules.add(new Rule(path, type, false, Optional.empty(), Optional.empty()));
        return this;
    }

    /** Every rule {@code body} breaks, as a finding of {@code call}. */
    List<Finding> check(String call, JsonNode body) {
        var findings = new ArrayList<Finding>();
        for (Rule rule : rules) {
            JsonNode value = at(body, rule.path());
            String expected = "\"" + rule.path() + "\" " + describe(rule);
            String problem = problem(rule, value);
            if (problem != null) {
                findings.add(new Finding(
                        rule.relied() ? Finding.Kind.DEVIATION : Finding.Kind.NOTE, call, expected, problem));
            }
        }
        return findings;
    }

    private static String problem(Rule rule, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "no such field";
        }
        boolean typed = switch (rule.type()) {
            case STRING -> value.isTextual();
            case NON_BLANK_STRING -> value.isTextual() && !value.asText().isBlank();
            case ID -> (value.isTextual() && !value.asText().isBlank()) || value.isIntegralNumber();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
        };
        if (!typed) {
            return brief(value);
        }
        if (rule.oneOf().isPresent() && !rule.oneOf().get().contains(value.asText())) {
            return brief(value);
        }
        if (rule.equalTo().isPresent() && !rule.equalTo().get().equals(value.asText())) {
            return brief(value);
        }
        return null;
    }

    private static String describe(Rule rule) {
        if (rule.equalTo().isPresent()) {
            return "= " + rule.equalTo().get();
        }
        if (rule.oneOf().isPresent()) {
            return "one of "
                    + String.join("/", new java.util.TreeSet<>(rule.oneOf().get()));
        }
        return switch (rule.type()) {
            case STRING -> "(string)";
            case NON_BLANK_STRING -> "(non-blank string)";
            case ID -> "(id: string or whole number)";
            case NUMBER -> "(number)";
            case BOOLEAN -> "(true or false)";
            case OBJECT -> "(object)";
            case ARRAY -> "(array)";
        };
    }

    static JsonNode at(JsonNode body, String path) {
        JsonNode node = body;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
