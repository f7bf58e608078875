package com.salesmachine.loadtest.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Secrets;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testing.RawHttpServer;
import com.salesmachine.loadtest.testing.RawHttpServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, one row a kind, through the entry point `./mvnw gatling:test` uses (SuiteRun's creation
 * and its refusal line): each ends in one line naming the setting, with no secret in it, and sends
 * no load: nothing at all to a target, or only the preflight's own health check and one login.
 */
class BadInputTest {
    private static final String API_KEY = "ak-live-7f3a9c2e";
    private static final String N8N_KEY = "n8n-key-51d0e4b7";
    private static final String PASSWORD = "pw-c0rrect-h0rse";
    private static final String URL_PASSWORD = "hunter22secret";
    private static final LoadShape LOAD =
            LoadShape.of(5, Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ZERO, Duration.ofMillis(100), 1);

    @TempDir
    static Path dir;

    /** The API: answers what the row says per path, counts every request. */
    private static RawHttpServer api;
    /** A host the suite must never reach (the production a redirect points to). */
    private static RawHttpServer production;

    private static final Map<String, Reply> answers = new ConcurrentHashMap<>();
    private static Path users;

    private static final Reply HEALTHY = Reply.json(200, "{\"status\":\"ok\",\"environment\":\"staging\"}");
    private static final Reply TOKEN = Reply.json(200, "{\"token\":\"t-1\"}");

    @BeforeAll
    static void start() throws Exception {
        production = new RawHttpServer(head -> TOKEN);
        api = new RawHttpServer(head -> {
            String path = head.get(0).split(" ")[1];
            return answers.getOrDefault(path, path.equals("/auth/login") ? TOKEN : HEALTHY);
        });
        users = dir.resolve("users.json");
        Files.writeString(
                users, "[{\"email\": \"loadtest-user-1@test.sales-machine.com\", \"password\": \"" + PASSWORD + "\"}]");
        Files.writeString(
                dir.resolve("broken-users.json"),
                "[{\"email\": \"loadtest-user-1@test.sales-machine.com\", \"password\": \"" + PASSWORD + "\" ");
        Files.writeString(dir.resolve("a-file"), "not a folder");
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        production.close();
    }

    /** A row: what is set, the line's start, and how many requests the API may get (the preflight's). */
    record Row(
            String label, Map<String, String> settings, String expectedStart, int maxRequests, Map<String, Reply> api) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Row external(String label, Map<String, String> extra, String expected) {
        return new Row(label, withApi(extra), expected, 0, Map.of());
    }

    private static Row answering(String label, String path, Reply reply, String expected, int maxRequests) {
        return new Row(label, withApi(Map.of()), expected, maxRequests, Map.of(path, reply));
    }

    private static Map<String, String> withApi(Map<String, String> extra) {
        var settings = new HashMap<String, String>();
        settings.put(
                "API_BASE_URL",
                "http://admin:" + URL_PASSWORD + "@127.0.0.1:" + api.baseUrl().getPort());
        settings.putAll(extra);
        return settings;
    }

    private static Row standIn(String label, Map<String, String> extra, String expected) {
        return new Row(label, extra, expected, 0, Map.of());
    }

    static Stream<Arguments> rows() {
        String prodRedirect = "Location: http://prod.sales-machine.example:"
                + production.baseUrl().getPort() + "/auth/login";
        List<Row> rows = List.of(
                // Settings that are not what they say.
                external("unknown profile", Map.of("profile", "nope"), "profile: 'nope' is not a profile"),
                external("API_BASE_URL not a URL", Map.of("API_BASE_URL", "not-a-url"), "API_BASE_URL: 'not-a-url'"),
                external("API_BASE_URL not http", Map.of("API_BASE_URL", "ftp://files.example.com"), "API_BASE_URL: "),
                external(
                        "API_BASE_URL with a password, malformed",
                        Map.of("API_BASE_URL", "http://admin:" + URL_PASSWORD + "@[bad"),
                        "API_BASE_URL: "),
                external("zero users", Map.of("users", "0"), "users: '0' is not a positive whole number"),
                external("negative users", Map.of("users", "-5"), "users: '-5'"),
                external("users not a number", Map.of("users", "many"), "users: 'many'"),
                external("users beyond the heap", Map.of("users", "99999999"), "users: '99999999' is more than"),
                external(
                        "users beyond maxUsers",
                        Map.of("users", "50", "maxUsers", "10"),
                        "users: '50' is more than maxUsers"),
                external("maxUsers not a number", Map.of("maxUsers", "lots"), "maxUsers: 'lots'"),
                external(
                        "duration too large for a number",
                        Map.of("duration", "99999999999999999999"),
                        "duration: '99999999999999999999' is longer than"),
                external("duration past the cap", Map.of("duration", "200h"), "duration: '200h' is longer than"),
                external("zero duration", Map.of("duration", "0s"), "duration: '0s' must be greater than zero"),
                external("duration with a unit typo", Map.of("duration", "10x"), "duration: '10x' is not a duration"),
                external("negative ramp-up", Map.of("rampUp", "-1s"), "rampUp: '-1s'"),
                external("think time not a duration", Map.of("thinkTime", "banana"), "thinkTime: 'banana'"),
                external("seed not a number", Map.of("seed", "abc"), "seed: 'abc' is not a whole number"),
                external(
                        "ALLOW_PRODUCTION not a boolean",
                        Map.of("ALLOW_PRODUCTION", "maybe"),
                        "ALLOW_PRODUCTION: 'maybe'"),
                external("resultsKeep zero", Map.of("resultsKeep", "0"), "resultsKeep: '0'"),
                external(
                        "workflowTimeout not a duration", Map.of("workflowTimeout", "soon"), "workflowTimeout: 'soon'"),
                external(
                        "N8N_WEBHOOK_URL not a URL",
                        Map.of("N8N_WEBHOOK_URL", "webhook please"),
                        "N8N_WEBHOOK_URL: 'webhook please' is not a URL"),
                external(
                        "queue store URL without its token",
                        Map.of("UPSTASH_REDIS_REST_URL", "https://eu1-queue.upstash.io"),
                        "UPSTASH_REDIS_REST_TOKEN: not set"),
                // A guard that would be silently off.
                external(
                        "PRODUCTION_HOSTS entry a URL without host",
                        Map.of("PRODUCTION_HOSTS", "https://"),
                        "PRODUCTION_HOSTS: 'https://'"),
                external(
                        "PRODUCTION_HOSTS entry not a host",
                        Map.of("PRODUCTION_HOSTS", "api..example.com"),
                        "PRODUCTION_HOSTS: 'api..example.com'"),
                external(
                        "PRODUCTION_HOSTS entry a bad address",
                        Map.of("PRODUCTION_HOSTS", "999.1.1.1"),
                        "PRODUCTION_HOSTS: '999.1.1.1'"),
                // Production by name, alias, address, URL or host:port entry, another separator.
                external("API host listed", Map.of("PRODUCTION_HOSTS", "127.0.0.1"), "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed as localhost",
                        Map.of("PRODUCTION_HOSTS", "localhost"),
                        "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed as [::1]",
                        Map.of("PRODUCTION_HOSTS", "[::1]"),
                        "API_BASE_URL: host 127.0.0.1"),
                external("API host listed as ::1", Map.of("PRODUCTION_HOSTS", "::1"), "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed with a trailing dot",
                        Map.of("PRODUCTION_HOSTS", "LOCALHOST."),
                        "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed as a URL",
                        Map.of("PRODUCTION_HOSTS", "https://localhost:8443/api"),
                        "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed as host:port",
                        Map.of("PRODUCTION_HOSTS", "localhost:9999"),
                        "API_BASE_URL: host 127.0.0.1"),
                external(
                        "API host listed after a semicolon",
                        Map.of("PRODUCTION_HOSTS", "api.example.com;127.0.0.1"),
                        "API_BASE_URL: host 127.0.0.1"),
                external(
                        "webhook on a listed host",
                        Map.of(
                                "N8N_WEBHOOK_URL",
                                "https://n8n.prod.example.com/webhook/x",
                                "PRODUCTION_HOSTS",
                                "*.prod.example.com"),
                        "N8N_WEBHOOK_URL: host n8n.prod.example.com"),
                external(
                        "queue store on a listed host",
                        Map.of(
                                "UPSTASH_REDIS_REST_URL", "https://eu1-queue.upstash.io",
                                "UPSTASH_REDIS_REST_TOKEN", "AXtoken-9d8e7f6a",
                                "PRODUCTION_HOSTS", "eu1-queue.upstash.io"),
                        "UPSTASH_REDIS_REST_URL: host eu1-queue.upstash.io"),
                // Files.
                external(
                        "users file missing",
                        Map.of("TEST_USERS_FILE", "/nonexistent/users.json"),
                        "TEST_USERS_FILE: /nonexistent/users.json does not exist"),
                external("users file broken", Map.of("TEST_USERS_FILE", "@dir/broken-users.json"), "TEST_USERS_FILE: "),
                external("resultsDir a file", Map.of("resultsDir", "@dir/a-file"), "resultsDir: '"),
                external(
                        "resultsDir unwritable",
                        Map.of("resultsDir", "/proc/self/results"),
                        "resultsDir: '/proc/self/results' cannot be written"),
                // What the target answers: the preflight's calls only, then one line.
                answering(
                        "health says production, padded",
                        "/health",
                        Reply.json(200, "{\"environment\":\" production \"}"),
                        "API_BASE_URL: ",
                        1),
                answering(
                        "health says LIVE",
                        "/health",
                        Reply.json(200, "{\"environment\":\"LIVE\"}"),
                        "API_BASE_URL: ",
                        1),
                answering("health refuses the API key", "/health", Reply.json(401, "{}"), "API_KEY: GET ", 1),
                answering("health path wrong", "/health", Reply.json(404, "{}"), "path.health: GET ", 1),
                answering(
                        "wrong API key or password at login",
                        "/auth/login",
                        Reply.json(401, "{\"error\":\"unauthorized\"}"),
                        "TEST_USERS_FILE: POST ",
                        2),
                answering("login forbidden", "/auth/login", Reply.json(403, "{}"), "TEST_USERS_FILE: POST ", 2),
                answering("wrong login path", "/auth/login", Reply.json(404, "{}"), "path.login: POST ", 2),
                answering(
                        "login redirected to production",
                        "/auth/login",
                        Reply.json(307, "{}").withHeader(prodRedirect),
                        "path.login: POST ",
                        2),
                // The embedded stand-in's own settings.
                standIn("stand-in pool size zero", Map.of("standin.dbPoolSize", "0"), "standin.dbPoolSize: '0'"),
                standIn(
                        "stand-in latency factor not a number",
                        Map.of("standin.latencyFactor", "fast"),
                        "standin.latencyFactor: 'fast'"));
        return rows.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInput_endsInOneLineNamingTheSetting_withNoSecret_andNoLoad(Row row) {
        answers.clear();
        answers.putAll(row.api());
        int before = api.requests().size();
        int productionBefore = production.requests().size();
        var settings = new HashMap<String, String>();
        settings.put("TEST_USERS_FILE", users.toString());
        settings.put("resultsDir", dir.resolve("results").toString());
        settings.put("API_KEY", API_KEY);
        settings.put("N8N_API_KEY", N8N_KEY);
        settings.put("standin.port", "0");
        row.settings().forEach((k, v) -> settings.put(k, v.replace("@dir", dir.toString())));
        var source = new SettingSource(settings, Map.of());

        String line = null;
        try (SuiteRun run = SuiteRun.create(source, BadInputTest.class, LOAD, RunBound.closed(1), Clock.systemUTC())) {
            fail(row.label() + ": the run was not refused (target "
                    + run.target().describe() + ")");
        } catch (RuntimeException e) {
            assertTrue(BadInput.isBadInput(e), row.label() + ": not a refusal but " + e);
            line = BadInput.refusalLine(
                    e,
                    Secrets.from(source)
                            .with(List.of(new com.salesmachine.loadtest.testusers.TestUser(
                                    "loadtest-user-1@test.sales-machine.com", PASSWORD))));
        }
        assertTrue(line.startsWith("ERROR " + row.expectedStart()), row.label() + ": " + line);
        assertFalse(line.contains("\n") || line.contains("\r"), row.label() + ": more than one line: " + line);
        for (String secret : List.of(API_KEY, N8N_KEY, PASSWORD, URL_PASSWORD, "AXtoken-9d8e7f6a")) {
            assertFalse(line.contains(secret), row.label() + ": a secret in " + line);
        }
        int sent = api.requests().size() - before;
        assertTrue(sent <= row.maxRequests(), row.label() + ": " + sent + " requests reached the API: " + line);
        long logins = api.requests().subList(before, api.requests().size()).stream()
                .filter(head -> head.get(0).contains("/auth/login"))
                .count();
        assertTrue(logins <= 1, row.label() + ": " + logins + " logins");
        assertEquals(productionBefore, production.requests().size(), row.label() + ": production was reached");
    }
}
