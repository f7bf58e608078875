package com.salesmachine.loadtest.standin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A small JSON client for calling a running stand-in over real HTTP in tests. */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    /**
     * HTTP/1.1, which is all the stand-in speaks: at its default, HTTP/2, the JDK client asks for an
     * h2c upgrade on every request, and {@code standin.hangOnH2c} never answers those.
     */
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Map<String, String> extraHeaders;

    public ApiClient(URI baseUrl) {
        this(baseUrl, Map.of());
    }

    public ApiClient(URI baseUrl, Map<String, String> extraHeaders) {
        this.baseUrl = baseUrl;
        this.extraHeaders = Map.copyOf(extraHeaders);
    }

    /** The same client sending {@code headers} on every request. */
    public ApiClient withHeaders(Map<String, String> headers) {
        return new ApiClient(baseUrl, headers);
    }

    /** Logs in and returns the bearer token; fails the test unless the answer is 200. */
    public String login(String email, String password) {
        var response = post("/auth/login", null, toJson(Map.of("email", email, "password", password)));
        if (response.statusCode() != 200) {
            throw new AssertionError("login answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).path("token").asText();
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    public HttpResponse<String> delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public HttpResponse<String> send(String method, String path, String token, String body) {
        try {
            return sendAsync(method, path, token, body).get();
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        extraHeaders.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
