package com.salesmachine.loadtest.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.http.HeldRequests;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.testing.FakeScheduler;
import com.salesmachine.loadtest.standin.testing.StandIns;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code standin.hangOnH2c} over real sockets: an h2c upgrade request is never answered; others are. */
class H2cHoldApiTest {
    /** How long "never answered" is watched for. */
    private static final int WATCH_MS = 1000;

    private static final String H2C_GET = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n";

    private final FakeClock clock = new FakeClock();
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private StandInServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private void start(boolean hangOnH2c) {
        server = StandInServer.start(
                StandIns.fast().withHangOnH2c(hangOnH2c), StandIns.ACCOUNTS, clock, new Random(5), scheduler);
    }

    @Test
    void anH2cUpgradeRequest_getsNoAnswer_whileAnHttp11RequestIsAnswered() throws Exception {
        start(true);
        try (var socket = h2cRequest()) {
            assertThrows(
                    SocketTimeoutException.class, () -> socket.getInputStream().read());

            var answer = new ApiClient(server.baseUrl()).get("/health", null); // HTTP/1.1, no upgrade

            assertEquals(200, answer.statusCode());
            assertEquals(1, server.heldRequests());
        }
    }

    @Test
    void theJdkHttpClientAtItsDefaultVersion_waitsUntilItGivesUp() {
        start(true);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health"))
                .timeout(Duration.ofMillis(WATCH_MS))
                .build();

        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void aHeldRequest_isClosedUnanswered_afterTheBound() throws Exception {
        start(true);
        try (var socket = h2cRequest()) {
            assertThrows(
                    SocketTimeoutException.class, () -> socket.getInputStream().read());

            scheduler.advance(HeldRequests.BOUND);

            assertEquals(-1, socket.getInputStream().read());
            assertEquals(0, server.heldRequests());
        }
    }

    @Test
    void close_endsHeldRequestsPromptly() throws Exception {
        start(true);
        try (var socket = h2cRequest()) {
            assertThrows(
                    SocketTimeoutException.class, () -> socket.getInputStream().read());
            long before = System.nanoTime();

            server.close();

            assertTrue(Duration.ofNanos(System.nanoTime() - before).compareTo(Duration.ofSeconds(5)) < 0);
            assertEquals(-1, socket.getInputStream().read());
        }
    }

    @Test
    void byDefault_anH2cUpgradeRequest_isAnsweredOverHttp11() throws Exception {
        start(false);
        try (var socket = h2cRequest()) {
            String answer = head(socket.getInputStream());

            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        }
    }

    /** An HTTP/1.1 GET asking to upgrade to h2c, on a socket whose reads give up after {@link #WATCH_MS}. */
    private Socket h2cRequest() throws IOException {
        var socket = new Socket(server.baseUrl().getHost(), server.port());
        socket.setSoTimeout(WATCH_MS);
        socket.getOutputStream().write(H2C_GET.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** The answer's status line and header fields. */
    private static String head(InputStream in) throws IOException {
        var text = new StringBuilder();
        int c;
        while (text.indexOf("\r\n\r\n") < 0 && (c = in.read()) >= 0) {
            text.append((char) c);
        }
        return text.toString();
    }
}
