package com.salesmachine.loadtest.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.outbound.ProductionHosts;
import com.salesmachine.loadtest.testing.TestOutbound;
import com.salesmachine.loadtest.testusers.TestUser;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private static final TestUser ANN = new TestUser("loadtest-user-1@test.sales-machine.com", "pw-123456");
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void checkHealth_returnsTheReportedEnvironment() throws Exception {
        URI base = serve("/health", 200, "{\"status\":\"ok\",\"environment\":\"staging\"}");
        assertEquals("staging", new Preflight(TestOutbound.plain()).checkHealth(base, "/health"));
    }

    @Test
    void checkHealth_refusesATargetThatSaysItIsProduction_unlessAllowed() throws Exception {
        URI base = serve("/health", 200, "{\"status\":\"ok\",\"environment\":\"production\"}");
        var e = assertThrows(
                PreflightException.class, () -> new Preflight(TestOutbound.plain()).checkHealth(base, "/health"));
        assertTrue(
                e.getMessage().contains("reports environment 'production'; refusing to load production"),
                e.getMessage());
        var allowing = new Outbound(new ProductionGuard(ProductionHosts.none(), true), Optional.empty());
        assertEquals("production", new Preflight(allowing).checkHealth(base, "/health"));
    }

    @Test
    void productionWords_areComparedTrimmedInAnyCase_wordByWord() {
        for (String env : List.of(" production ", "PROD", "Live", "prd", "prod-eu", "eu_production")) {
            assertTrue(Preflight.isProduction(env), env);
        }
        for (String env : List.of("staging", "preprod", "development", "load-test", "stand-in", "")) {
            assertFalse(Preflight.isProduction(env), env);
        }
    }

    @Test
    void checkHealth_explainsAnUnhealthyTarget() throws Exception {
        URI base = serve("/health", 503, "{}");
        var e = assertThrows(
                OutboundException.class, () -> new Preflight(TestOutbound.plain()).checkHealth(base, "/health"));
        assertTrue(e.getMessage().contains("answered HTTP 503, expected 200"), e.getMessage());
    }

    @Test
    void checkHealth_namesApiKey_whenTheHealthEndpointRefusesTheKey() throws Exception {
        URI base = serve("/health", 401, "{}");
        var e = assertThrows(
                PreflightException.class, () -> new Preflight(TestOutbound.plain()).checkHealth(base, "/health"));
        assertTrue(e.getMessage().startsWith("API_KEY: GET "), e.getMessage());
    }

    @Test
    void checkHealth_explainsATargetThatIsNotThere() throws Exception {
        URI base = serve("/health", 200, "{}");
        server.stop(0);
        server = null;
        var e = assertThrows(
                OutboundException.class, () -> new Preflight(TestOutbound.plain()).checkHealth(base, "/health"));
        assertTrue(e.getMessage().startsWith("API_BASE_URL: GET " + base + "/health failed: "), e.getMessage());
    }

    @Test
    void checkLogin_returnsTheToken() throws Exception {
        URI base = serve("/auth/login", 200, "{\"token\":\"t-1\"}");
        assertEquals("t-1", new Preflight(TestOutbound.plain()).checkLogin(URI.create(base + "/auth/login"), ANN));
    }

    @Test
    void checkLogin_refusesARejectedAccount_aWrongPath_aRedirectAndNoToken_inOneLineEach() throws Exception {
        assertLoginRefused(401, "{}", "TEST_USERS_FILE: POST ", "answered HTTP 401 for the first test account");
        assertLoginRefused(403, "{}", "TEST_USERS_FILE: POST ", "check the account's password and API_KEY");
        assertLoginRefused(404, "{}", "path.login: POST ", "answered HTTP 404 (no such endpoint)");
        assertLoginRefused(200, "{\"jwt\":\"x\"}", "path.login: POST ", "answered no token");
    }

    private void assertLoginRefused(int status, String body, String start, String part) throws Exception {
        URI base = serve("/auth/login", status, body);
        try {
            var e = assertThrows(
                    PreflightException.class,
                    () -> new Preflight(TestOutbound.plain()).checkLogin(URI.create(base + "/auth/login"), ANN));
            assertTrue(e.getMessage().startsWith(start), e.getMessage());
            assertTrue(e.getMessage().contains(part), e.getMessage());
            assertFalse(e.getMessage().contains(ANN.password()), e.getMessage());
        } finally {
            server.stop(0);
            server = null;
        }
    }

    private URI serve(String path, int status, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
