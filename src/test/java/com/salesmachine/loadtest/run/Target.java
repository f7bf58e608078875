package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.emailqueue.UpstashRest;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.StandInConfig;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.testusers.TestUser;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where the load goes, decided once before any protocol is built: the external API named by
 * {@code API_BASE_URL}, or the embedded stand-in started on a free loopback port.
 */
public final class Target implements AutoCloseable {
    private final URI baseUrl;
    private final Optional<StandInServer> standIn;
    private final Optional<UpstashRest> upstash;

    private Target(URI baseUrl, Optional<StandInServer> standIn, Optional<UpstashRest> upstash) {
        this.baseUrl = baseUrl;
        this.standIn = standIn;
        this.upstash = upstash;
    }

    /** The external API, or a stand-in holding exactly {@code accounts}. */
    public static Target start(Settings settings, SettingSource source, List<TestUser> accounts) {
        Optional<UpstashRest> configured = settings.upstashRedisRestUrl()
                .map(url ->
                        new UpstashRest(url, settings.upstashRedisRestToken().orElseThrow()));
        if (settings.apiBaseUrl().isPresent()) {
            return new Target(settings.apiBaseUrl().get(), Optional.empty(), configured);
        }
        StandInConfig config = StandInConfig.from(source);
        if (config.apiKey().isEmpty() && settings.apiKey().isPresent()) {
            // The embedded stand-in enforces the suite's key, so the X-API-Key path is exercised.
            config = config.withApiKey(settings.apiKey().get());
        }
        if (config.workflows().apiKey().isEmpty() && settings.n8n().apiKey().isPresent()) {
            // Likewise its N8N demands the suite's N8N_API_KEY, so the X-N8N-API-KEY path is exercised.
            config = config.withWorkflows(
                    config.workflows().withApiKey(settings.n8n().apiKey().get()));
        }
        StandInServer server = StandInServer.start(config, accounts);
        // The embedded stand-in sets the queue store's URL and token for itself, unless they were given.
        Optional<UpstashRest> upstash =
                configured.or(() -> Optional.of(new UpstashRest(server.upstashRestUrl(), server.upstashRestToken())));
        return new Target(server.baseUrl(), Optional.of(server), upstash);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** The email queue's store, for a direct probe: from the settings, or the embedded stand-in's own. */
    public Optional<UpstashRest> upstash() {
        return upstash;
    }

    public boolean isStandIn() {
        return standIn.isPresent();
    }

    public String describe() {
        return (isStandIn() ? "embedded stand-in at " : "external API at ") + SettingSource.mask(baseUrl.toString());
    }

    @Override
    public void close() {
        standIn.ifPresent(StandInServer::close);
    }
}
