package com.salesmachine.loadtest.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a {@code summary.json} tree must pass before it is bound to {@link RunSummary}: a
 * known schema version, every field of the records present (and not null unless the schema allows
 * null), a date-time start and a PASS, FAIL or INVALID verdict.
 *
 * <p>The required fields are read from the records themselves, so they cannot drift from the model.
 */
final class SummaryShape {
    /** Fields the schema allows to be null besides the boxed numbers (trend percentiles, rate value, SLO actual). */
    private static final Set<String> NULLABLE = Set.of(
            "Environment.gitCommit",
            "Environment.hostname",
            "RunSummary.steady",
            "RunSummary.capacity",
            "Capacity.capacity",
            "Capacity.firstFailing",
            "Capacity.ceilingNote",
            "Capacity.bottleneckComponent",
            "CapacityStep.folder",
            "Resources.steady",
            "Resources.memorySeries",
            "Resources.memoryGrowing",
            "RunSummary.stopped",
            "RunSummary.spike");

    /**
     * Fields that may be absent (the schema does not require them): the target's resources, when not
     * measured; the shard, for one injector; the shard table, for a run not merged.
     */
    private static final Set<String> OPTIONAL = Set.of("Target.resources", "RunSummary.shard", "RunSummary.shards");
    /** Fields schema version 3 added: absent from a version 2 summary. */
    private static final Set<String> SINCE_3 = Set.of("stopped", "steps", "spike", "capacity");

    private SummaryShape() {}

    /** The first problem with the tree, in words, or empty when it can be bound. */
    static Optional<String> problem(JsonNode root) {
        if (!root.isObject()) {
            return Optional.of("not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || version.isNull()) {
            return Optional.of("missing required field schemaVersion");
        }
        if (!version.isIntegralNumber() || !RunSummary.READABLE_VERSIONS.contains(version.asInt())) {
            return Optional.of("schemaVersion " + version + " is not known; this suite reads "
                    + RunSummary.READABLE_VERSIONS.stream().map(String::valueOf).collect(Collectors.joining(" and ")));
        }
        Optional<String> missing = missingField(root, RunSummary.class, "", version.asInt() < 3 ? SINCE_3 : Set.of());
        if (missing.isPresent()) {
            return missing;
        }
        return valueProblem(root);
    }

    private static Optional<String> valueProblem(JsonNode root) {
        String start = root.get("startTime").asText();
        try {
            OffsetDateTime.parse(start);
        } catch (DateTimeParseException e) {
            return Optional.of("startTime '" + start + "' is not a date-time such as 2026-11-22T16:49:26.624Z");
        }
        String verdict = root.get("verdict").asText();
        if (!verdict.equals(RunSummary.PASS)
                && !verdict.equals(RunSummary.FAIL)
                && !verdict.equals(RunSummary.STOPPED)
                && !verdict.equals(RunSummary.INVALID)) {
            return Optional.of("verdict '" + verdict + "' is none of PASS, FAIL, STOPPED, INVALID");
        }
        return Optional.empty();
    }

    private static Optional<String> missingField(JsonNode node, Class<?> type, String prefix) {
        return missingField(node, type, prefix, Set.of());
    }

    private static Optional<String> missingField(JsonNode node, Class<?> type, String prefix, Set<String> optional) {
        if (!node.isObject()) {
            // Bound later; Jackson names the wrong type.
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            JsonNode value = node.get(component.getName());
            if (value == null && optional.contains(component.getName())) {
                continue;
            }
            if (value == null) {
                if (OPTIONAL.contains(type.getSimpleName() + "." + component.getName())) {
                    continue;
                }
                return Optional.of("missing required field " + path);
            }
            if (value.isNull()) {
                if (nullable(type, component)) {
                    continue;
                }
                return Optional.of("field " + path + " is null");
            }
            Optional<String> inner = missingInside(value, component.getGenericType(), path);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> missingInside(JsonNode value, Type type, String path) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return missingField(value, c, path + ".");
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class && value.isArray()) {
            Type element = p.getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                String at = path + "[" + i + "]";
                if (value.get(i).isNull()) {
                    return Optional.of("entry " + at + " is null");
                }
                Optional<String> inner = missingInside(value.get(i), element, at);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nullable(Class<?> owner, RecordComponent component) {
        return component.getType() == Double.class
                || NULLABLE.contains(owner.getSimpleName() + "." + component.getName());
    }
}
