package com.salesmachine.loadtest.preflight;

import com.salesmachine.loadtest.config.EnrichmentSettings;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.settings.SettingSource;
import java.net.URI;
import java.util.ArrayList;
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
    static final String PROBE_ID = "preflight-probe";

    private final Outbound outbound;

    public EnrichmentPreflight(Outbound outbound) {
        this.outbound = outbound;
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
        throw new PreflightException(EnrichmentSettings.PATH + ": GET " + SettingSource.mask(url.toString())
                + " answered HTTP 404 (no such endpoint); " + hint);
    }

    static URI probeUrl(URI baseUrl, String path) {
        return URI.create(baseUrl + path.replace(EnrichmentSettings.ID, PROBE_ID));
    }

    private int probe(URI url) {
        return outbound.send(Outbound.get(EnrichmentSettings.PATH, url)).status();
    }
}
