package com.salesmachine.loadtest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void checkHost_refusesAListedProductionHost_unlessAllowed() {
        URI prod = URI.create("https://api.sales-machine.com");
        var e = assertThrows(
                PreflightException.class, () -> Preflight.checkHost(prod, List.of("api.sales-machine.com"), false));
        assertTrue(e.getMessage().startsWith("API_BASE_URL: host api.sales-machine.com is listed in PRODUCTION_HOSTS"));
        Preflight.checkHost(prod, List.of("api.sales-machine.com"), true);
        Preflight.checkHost(URI.create("https://staging.sales-machine.com"), List.of("api.sales-machine.com"), false);
    }

    @Test
    void checkHealth_returnsTheReportedEnvironment() throws Exception {
        URI base = serve(200, "{\"status\":\"ok\",\"environment\":\"staging\"}");
        assertEquals("staging", new Preflight().checkHealth(base, "/health", false, null));
    }

    @Test
    void checkHealth_refusesATargetThatSaysItIsProduction_unlessAllowed() throws Exception {
        URI base = serve(200, "{\"status\":\"ok\",\"environment\":\"production\"}");
        var e = assertThrows(PreflightException.class, () -> new Preflight().checkHealth(base, "/health", false, null));
        assertTrue(
                e.getMessage().contains("reports environment 'production'; refusing to load production"),
                e.getMessage());
        assertEquals("production", new Preflight().checkHealth(base, "/health", true, null));
    }

    @Test
    void checkHealth_explainsAnUnhealthyTarget() throws Exception {
        URI base = serve(503, "{}");
        var e = assertThrows(PreflightException.class, () -> new Preflight().checkHealth(base, "/health", false, null));
        assertTrue(e.getMessage().endsWith("answered HTTP 503, expected 200"), e.getMessage());
    }

    @Test
    void checkHealth_explainsATargetThatIsNotThere() throws Exception {
        URI base = serve(200, "{}");
        server.stop(0);
        server = null;
        var e = assertThrows(PreflightException.class, () -> new Preflight().checkHealth(base, "/health", false, null));
        assertTrue(e.getMessage().startsWith("API_BASE_URL: GET " + base + "/health failed: "), e.getMessage());
    }

    private URI serve(int status, String body) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
