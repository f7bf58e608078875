package com.salesmachine.loadtest.support;

import com.salesmachine.loadtest.config.EnrichmentSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check the enrichment scenario makes once before any load: does the configured enrichment
 * path answer? It asks {@code GET} without a token for a made-up prospect, so it takes nothing from
 * the AI budget: a route that exists answers 401 (or anything but 404), one that does not answers
 * 404. When the configured path does not answer, it tries the seed's alternatives and says which
 * one does, in one line.
 */
public final class EnrichmentPreflight {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichmentPreflight.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final String PROBE_ID = "preflight-probe";

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Optional<String> apiKey;

    /** {@code apiKey}: the suite's {@code X-API-Key}, sent when set. */
    public EnrichmentPreflight(Optional<String> apiKey) {
        this.apiKey = apiKey;
    }

    /** For a simulation: a path that does not answer ends the run with one line before any load. */
    public static void checkFor(SuiteRun run) {
        run.beforeLoad(r -> {
            String path = r.settings().enrichment().path();
            int status = new EnrichmentPreflight(r.settings().apiKey())
                    .check(r.target().baseUrl(), path);
            LOG.info("Enrichment endpoint {} answers (HTTP {} without a token)", path, status);
            return status;
        });
    }

    /** The status the configured path answers with; a {@link PreflightException} when it is 404. */
    public int check(URI baseUrl, String path) {
        URI url = probeUrl(baseUrl, path);
        int status = probe(url);
        if (status != 404) {
            return status;
        }
        var answering = new ArrayList<String>();
        for (String alternative : EnrichmentSettings.SEED_PATHS) {
            if (!alternative.equals(path)) {
                int answer = probe(probeUrl(baseUrl, alternative));
                if (answer != 404) {
                    answering.add(alternative + " answers (HTTP " + answer + ")"
                            + (alternative.contains(EnrichmentSettings.ID)
                                    ? ""
                                    : ", but without {id} in its path the suite cannot drive it"));
                }
            }
        }
        String hint = answering.isEmpty()
                ? "none of the seed's paths (" + String.join(", ", EnrichmentSettings.SEED_PATHS) + ") answers either"
                : "of the seed's paths, " + String.join("; ", answering) + "; set " + EnrichmentSettings.PATH
                        + " to the one the API serves";
        throw new PreflightException(
                EnrichmentSettings.PATH + ": GET " + url + " answered HTTP 404 (no such endpoint); " + hint);
    }

    static URI probeUrl(URI baseUrl, String path) {
        return URI.create(baseUrl + path.replace(EnrichmentSettings.ID, PROBE_ID));
    }

    private int probe(URI url) {
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        apiKey.ifPresent(key -> request.header("X-API-Key", key));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new PreflightException(EnrichmentSettings.PATH + ": GET " + url + " failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreflightException(EnrichmentSettings.PATH + ": GET " + url + " was interrupted");
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
