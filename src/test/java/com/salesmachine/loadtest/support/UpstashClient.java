package com.salesmachine.loadtest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A minimal client of Upstash's REST interface (command in the path, bearer token), outside the
 * load: the suite uses it to remove its probe keys after a run.
 */
public final class UpstashClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UpstashRest rest;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public UpstashClient(UpstashRest rest) {
        this.rest = rest;
    }

    /** Runs one command and returns its {@code result}; {@link IOException} naming the problem, never the token. */
    public JsonNode command(String... command) throws IOException {
        String path = Arrays.stream(command)
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        var request = HttpRequest.newBuilder(URI.create(rest.url() + "/" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + rest.token())
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command[0] + " was interrupted");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException(command[0] + " answered " + response.statusCode() + " without JSON");
        }
        if (response.statusCode() != 200 || body == null || !body.has("result")) {
            throw new IOException(command[0] + " answered " + response.statusCode() + ": "
                    + (body == null ? "" : body.path("error").asText()));
        }
        return body.get("result");
    }
}
