package com.salesmachine.loadtest.preflight;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesmachine.loadtest.data.LoginBody;
import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUser;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Checks made once before any load, through the guarded {@link Outbound} client: the target is not
 * production (by what its health endpoint says), it answers its health endpoint with the expected
 * shape, and the first test account can log in (so a wrong key, password or login path is one line,
 * not a whole load of rejected logins).
 */
public final class Preflight {
    /** Words in a health answer's {@code environment} that mean production (compared trimmed, in any case). */
    public static final Set<String> PRODUCTION_WORDS = Set.of("production", "prod", "prd", "live");

    private final Outbound outbound;

    public Preflight(Outbound outbound) {
        this.outbound = outbound;
    }

    /** Calls the health endpoint and returns the environment it reports ({@code unknown} when it names none). */
    public String checkHealth(URI baseUrl, String healthPath) {
        var call = Outbound.get("API_BASE_URL", URI.create(baseUrl + healthPath));
        var answer = outbound.send(call);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new PreflightException(
                    "API_KEY: " + call.request() + " answered " + answer.describeStatus() + "; is API_KEY right?");
        }
        if (answer.status() == 404) {
            throw new PreflightException("path.health: " + call.request()
                    + " answered HTTP 404 (no such endpoint); set path.health to the API's health path");
        }
        answer.expect(200, "with {\"status\", \"environment\"}");
        JsonNode body;
        try {
            body = answer.json("{\"status\", \"environment\"}");
        } catch (OutboundException e) {
            throw new PreflightException(e.getMessage());
        }
        JsonNode env = body.get("environment");
        String environment =
                env == null || !env.isTextual() ? "unknown" : env.asText().trim();
        if (isProduction(environment) && !outbound.guard().allowsProduction()) {
            throw new PreflightException(
                    "API_BASE_URL: " + SettingSource.mask(call.url().toString())
                            + " reports environment '" + environment
                            + "'; refusing to load production (set ALLOW_PRODUCTION=true to override)");
        }
        return environment.isEmpty() ? "unknown" : environment;
    }

    /** Whether a reported environment means production: any of its words is one of {@link #PRODUCTION_WORDS}. */
    public static boolean isProduction(String environment) {
        for (String word : environment.trim().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (PRODUCTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs in once as {@code account} and returns its bearer token; a refusal (401, 403), a wrong path
     * (404), a redirect or an answer without a token is one line naming the setting to fix.
     */
    public String checkLogin(URI loginUrl, TestUser account) {
        var call = Outbound.post("path.login", loginUrl).json(LoginBody.of(account.email(), account.password()));
        var answer = outbound.send(call);
        String where = call.request();
        if (answer.status() == 401 || answer.status() == 403) {
            throw new PreflightException("TEST_USERS_FILE: " + where + " answered " + answer.describeStatus()
                    + " for the first test account (" + account.email()
                    + "); check the account's password and API_KEY");
        }
        if (answer.status() == 404) {
            throw new PreflightException("path.login: " + where
                    + " answered HTTP 404 (no such endpoint); set path.login to the API's login path");
        }
        if (answer.status() != 200) {
            throw new PreflightException("path.login: " + where + " answered " + answer.describeStatus()
                    + ", expected 200 with {\"token\": ...}");
        }
        String token;
        try {
            token = answer.object("{\"token\": ...}").path("token").asText("");
        } catch (OutboundException e) {
            throw new PreflightException(e.getMessage());
        }
        if (token.isEmpty()) {
            throw new PreflightException("path.login: " + where + " answered no token, expected {\"token\": ...}");
        }
        return token;
    }
}
