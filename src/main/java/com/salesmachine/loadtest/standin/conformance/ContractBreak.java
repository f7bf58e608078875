package com.salesmachine.loadtest.standin.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.standin.database.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One endpoint's deliberate deviation from docs/API-CONTRACT.md ({@code standin.break}): its success
 * answer keeps its status but its body loses a required field or has one of the wrong type, always
 * the same one, so a contract-conformance check can be shown to name that endpoint and field. Keyed
 * like {@code standin.latency}; the deletes are absent, as their {@code 204} has no body to break.
 */
public enum ContractBreak {
    LOGIN(Operation.LOGIN, "POST /auth/login", 200, asString("expiresIn")),
    PROSPECTS_LIST(Operation.PROSPECTS_LIST, "GET /prospects", 200, without("totalPages")),
    PROSPECTS_CREATE(Operation.PROSPECTS_CREATE, "POST /prospects", 201, without("createdAt")),
    PROSPECTS_GET(Operation.PROSPECTS_GET, "GET /prospects/{id}", 200, joined("tags")),
    CAMPAIGNS_LIST(Operation.CAMPAIGNS_LIST, "GET /campaigns", 200, asString("page")),
    CAMPAIGNS_CREATE(Operation.CAMPAIGNS_CREATE, "POST /campaigns", 201, without("status")),
    CAMPAIGNS_GET(Operation.CAMPAIGNS_GET, "GET /campaigns/{id}", 200, without("prospectIds")),
    DASHBOARD(Operation.DASHBOARD, "GET /dashboard", 200, without("generatedAt")),
    CAMPAIGNS_PROSPECTS(Operation.CAMPAIGNS_ADD_PROSPECTS, "POST /campaigns/{id}/prospects", 200, without("tags")),
    CAMPAIGNS_SEND(Operation.CAMPAIGNS_SEND, "POST /campaigns/{id}/send", 202, asString("queued")),
    CAMPAIGNS_QUEUE(Operation.CAMPAIGNS_QUEUE, "GET /campaigns/{id}/queue", 200, without("failed")),
    ENRICHMENT_TRIGGER(Operation.ENRICHMENT_TRIGGER, "POST /prospects/{id}/enrichment", 202, without("requestedAt")),
    ENRICHMENT_GET(Operation.ENRICHMENT_GET, "GET /prospects/{id}/enrichment", 200, without("enrichmentId"));

    public static final String SETTING = "standin.break";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Operation operation;
    private final String route;
    private final int status;
    private final Deviation deviation;

    /** A change to a body, and what it is in words. */
    record Deviation(String description, Consumer<ObjectNode> change) {}

    ContractBreak(Operation operation, String route, int status, Deviation deviation) {
        this.operation = operation;
        this.route = route;
        this.status = status;
        this.deviation = deviation;
    }

    /** The endpoint's key, as in {@code standin.latency}. */
    public String key() {
        return operation.key();
    }

    /** What the broken answer does differently, e.g. {@code createdAt is missing}. */
    public String deviation() {
        return deviation.description();
    }

    /** The route whose answer is broken, e.g. {@code GET /prospects/{id}}. */
    public String route() {
        return route;
    }

    /** Whether an answer of {@code status} from the route {@code path} of {@code method} is the one this break changes. */
    public boolean appliesTo(String method, String path, int status) {
        return route.equals(method + " " + path) && this.status == status;
    }

    /** The body with the deviation made; a body that is not a JSON object is left as it is. */
    public byte[] apply(byte[] body) {
        try {
            JsonNode parsed = JSON.readTree(body);
            if (!(parsed instanceof ObjectNode object)) {
                return body;
            }
            deviation.change().accept(object);
            return JSON.writeValueAsBytes(object);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot break a body that is not JSON", e);
        }
    }

    /** Reads the setting's value: comma-separated keys, blank or {@code none} for none. */
    public static Set<ContractBreak> parse(String text) {
        var breaks = EnumSet.noneOf(ContractBreak.class);
        for (String raw : text.split(",")) {
            String key = raw.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || key.equals("none")) {
                continue;
            }
            breaks.add(Arrays.stream(values())
                    .filter(b -> b.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new SettingException(
                            SETTING,
                            "'" + raw.trim() + "' is not an endpoint that can be broken; use a comma-separated list of "
                                    + keys() + " (the deletes answer 204 without a body)")));
        }
        return breaks;
    }

    /** The endpoints these keys name (every endpoint but the deletes), also those of {@code standin.fixedLatency}. */
    public static Set<Operation> operations() {
        var operations = EnumSet.noneOf(Operation.class);
        Arrays.stream(values()).forEach(b -> operations.add(b.operation));
        return operations;
    }

    /** Every key, comma-separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(ContractBreak::key).collect(Collectors.joining(", "));
    }

    private static Deviation without(String field) {
        return new Deviation(field + " is missing", body -> body.remove(field));
    }

    private static Deviation asString(String field) {
        return new Deviation(field + " is a string", body -> {
            if (body.has(field)) {
                body.put(field, body.get(field).asText());
            }
        });
    }

    private static Deviation joined(String field) {
        return new Deviation(field + " is one comma-joined string, not an array", body -> {
            var items = new ArrayList<String>();
            body.path(field).forEach(item -> items.add(item.asText()));
            body.put(field, String.join(",", items));
        });
    }
}
