package com.salesmachine.loadtest.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.testing.RawHttpServer;
import com.salesmachine.loadtest.testing.RawHttpServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundTest {
    private static final Reply OK = Reply.json(200, "{\"status\":\"ok\"}");

    @Test
    void aServerThatNeverAnswersAnH2cUpgrade_answersTheSuitesClient() throws Exception {
        try (var server = RawHttpServer.hangingOnH2c(OK)) {
            URI url = URI.create(server.baseUrl() + "/health");
            // The JDK's default client asks to upgrade, and such a server leaves it waiting.
            var jdkDefault = HttpClient.newHttpClient();
            assertThrows(
                    HttpTimeoutException.class,
                    () -> jdkDefault.send(
                            HttpRequest.newBuilder(url)
                                    .timeout(Duration.ofMillis(800))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
            var outbound = new Outbound(ProductionGuard.off(), Optional.empty(), Duration.ofSeconds(2));
            var answer = outbound.send(Outbound.get("API_BASE_URL", url));
            assertEquals(200, answer.status());
            assertEquals("ok", answer.object("{\"status\"}").path("status").asText());
            assertFalse(RawHttpServer.hasHeader(server.requests().get(1), "upgrade", "h2c"));
        }
    }

    @Test
    void aRedirect_isAnAnswer_neverFollowed_andSaysWhereItPointed() throws Exception {
        try (var elsewhere = new RawHttpServer(head -> OK);
                var server = new RawHttpServer(
                        head -> Reply.json(307, "{}").withHeader("Location: " + elsewhere.baseUrl() + "/auth/login"))) {
            var outbound = new Outbound(ProductionGuard.off(), Optional.empty());
            var answer = outbound.send(Outbound.post("path.login", URI.create(server.baseUrl() + "/auth/login"))
                    .json("{}"));
            assertEquals(307, answer.status());
            assertEquals(
                    "HTTP 307 (a redirect to " + elsewhere.baseUrl() + "/auth/login, which the suite does not follow)",
                    answer.describeStatus());
            assertEquals(List.of(), elsewhere.requests());
        }
    }

    @Test
    void aProductionUrl_isRefusedBeforeAnythingIsSent() throws Exception {
        try (var server = new RawHttpServer(head -> OK)) {
            var guard = new ProductionGuard(ProductionHosts.parse(Optional.of("localhost")), false, host -> List.of());
            var outbound = new Outbound(guard, Optional.of("key-123456"));
            var e = assertThrows(
                    ProductionRefusedException.class,
                    () -> outbound.send(Outbound.get("N8N_WEBHOOK_URL", URI.create(server.baseUrl() + "/webhook/x"))));
            assertTrue(
                    e.getMessage().startsWith("N8N_WEBHOOK_URL: host 127.0.0.1 is this machine (loopback)"),
                    e.getMessage());
            assertEquals(List.of(), server.requests());
        }
    }

    @Test
    void aServerThatHangs_endsInOneLineWithinTheTimeOut() throws Exception {
        try (var server = new RawHttpServer(head -> RawHttpServer.NO_ANSWER)) {
            var outbound = new Outbound(ProductionGuard.off(), Optional.empty(), Duration.ofMillis(500));
            URI url = URI.create(
                    "http://admin:hunter22@127.0.0.1:" + server.baseUrl().getPort() + "/health");
            var e = assertThrows(OutboundException.class, () -> outbound.send(Outbound.get("API_BASE_URL", url)));
            assertEquals(
                    "API_BASE_URL: GET http://***@127.0.0.1:" + server.baseUrl().getPort()
                            + "/health did not answer within 0.5 s",
                    e.getMessage());
        }
    }

    @Test
    void theApiKey_goesToTheApi_butNotToOtherServices() throws Exception {
        try (var server = new RawHttpServer(head -> OK)) {
            var outbound = new Outbound(ProductionGuard.off(), Optional.of("key-123456"));
            outbound.send(Outbound.get("API_BASE_URL", server.baseUrl()));
            outbound.send(
                    Outbound.get("UPSTASH_REDIS_REST_URL", server.baseUrl()).withoutApiKey());
            assertTrue(RawHttpServer.hasHeader(server.requests().get(0), "x-api-key", "key-123456"));
            assertFalse(RawHttpServer.hasHeader(server.requests().get(1), "x-api-key", ""));
        }
    }
}
