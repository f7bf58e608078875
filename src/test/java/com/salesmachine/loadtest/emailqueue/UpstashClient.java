package com.salesmachine.loadtest.emailqueue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A minimal client of Upstash's REST interface (command in the path, bearer token), outside the
 * load: the suite uses it to remove its probe keys after a run.
 */
public final class UpstashClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstashRest rest;
    private final Outbound outbound;

    public UpstashClient(UpstashRest rest, Outbound outbound) {
        this.rest = rest;
        this.outbound = outbound;
    }

    /** Runs one command and returns its {@code result}; {@link IOException} naming the problem, never the token. */
    public JsonNode command(String... command) throws IOException {
        String path = Arrays.stream(command)
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        // The command and its key are in the URL (Upstash's REST form); the token only in the header.
        var call = Outbound.get(Settings.UPSTASH_REDIS_REST_URL, URI.create(rest.url() + "/" + path))
                .bearer(rest.token())
                .withoutApiKey();
        Outbound.Answer response;
        try {
            response = outbound.send(call);
        } catch (OutboundException e) {
            throw new IOException(command[0] + ": " + e.getMessage());
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException(command[0] + " answered " + response.status() + " without JSON");
        }
        if (response.status() != 200 || body == null || !body.has("result")) {
            throw new IOException(command[0] + " answered " + response.status() + ": "
                    + (body == null ? "" : body.path("error").asText()));
        }
        return body.get("result");
    }
}
