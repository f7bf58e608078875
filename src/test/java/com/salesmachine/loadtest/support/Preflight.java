package com.salesmachine.loadtest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Checks made once before any load: the target is not production (by host, then by what its
 * health endpoint says) and it answers its health endpoint with the expected shape.
 */
public final class Preflight {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;

    public Preflight() {
        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    Preflight(HttpClient client) {
        this.client = client;
    }

    /** Refuses a host listed in {@code PRODUCTION_HOSTS}; sends nothing. */
    public static void checkHost(URI baseUrl, List<String> productionHosts, boolean allowProduction) {
        checkHost("API_BASE_URL", baseUrl, productionHosts, allowProduction);
    }

    /** As {@link #checkHost(URI, List, boolean)} for the URL given as {@code setting}. */
    public static void checkHost(String setting, URI url, List<String> productionHosts, boolean allowProduction) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (productionHosts.contains(host) && !allowProduction) {
            throw new PreflightException(
                    setting + ": host " + host
                            + " is listed in PRODUCTION_HOSTS; refusing to load production (set ALLOW_PRODUCTION=true to override)");
        }
    }

    /** Calls the health endpoint and returns the environment it reports ({@code unknown} when it names none). */
    public String checkHealth(URI baseUrl, String healthPath, boolean allowProduction, String apiKey) {
        URI url = URI.create(baseUrl + healthPath);
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new PreflightException(
                    "API_BASE_URL: GET " + url + " did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new PreflightException("API_BASE_URL: GET " + url + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreflightException("API_BASE_URL: GET " + url + " was interrupted");
        }
        if (response.statusCode() != 200) {
            throw new PreflightException(
                    "API_BASE_URL: GET " + url + " answered HTTP " + response.statusCode() + ", expected 200");
        }
        String environment;
        try {
            JsonNode body = JSON.readTree(response.body());
            JsonNode env = body == null ? null : body.get("environment");
            environment = env == null || !env.isTextual() ? "unknown" : env.asText();
        } catch (IOException e) {
            throw new PreflightException(
                    "API_BASE_URL: GET " + url + " did not answer JSON, expected {\"status\", \"environment\"}");
        }
        String lower = environment.toLowerCase(Locale.ROOT);
        if ((lower.equals("production") || lower.equals("prod")) && !allowProduction) {
            throw new PreflightException("API_BASE_URL: " + url + " reports environment '" + environment
                    + "'; refusing to load production (set ALLOW_PRODUCTION=true to override)");
        }
        return environment;
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
