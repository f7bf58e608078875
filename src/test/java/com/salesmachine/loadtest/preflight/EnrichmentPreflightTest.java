package com.salesmachine.loadtest.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.testing.ApiClient;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.testing.TestOutbound;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The enrichment scenario's check before load: which enrichment path answers, and nothing taken from the AI budget. */
class EnrichmentPreflightTest {
    private StandInServer standIn;
    private HttpServer other;

    @AfterEach
    void stop() {
        if (standIn != null) {
            standIn.close();
        }
        if (other != null) {
            other.stop(0);
        }
    }

    @Test
    void theContractsPath_answersOnTheStandIn_andTheBudgetIsUntouched() {
        URI base = startStandIn();

        assertEquals(401, new EnrichmentPreflight(TestOutbound.plain()).check(base, "/prospects/{id}/enrichment"));

        var counters = ApiClient.json(new ApiClient(base).get("/_standin/enrichment/counters", null));
        assertEquals(
                0,
                counters.path("accepted").asLong() + counters.path("throttled").asLong());
    }

    @Test
    void aPathThatDoesNotAnswer_isRefused_namingTheSeedsPathThatDoes() {
        URI base = startStandIn();

        var e = assertThrows(
                PreflightException.class,
                () -> new EnrichmentPreflight(TestOutbound.plain()).check(base, "/prospects/{id}/enrich"));

        assertEquals(
                "path.enrichment: GET " + base
                        + "/prospects/preflight-probe/enrich answered HTTP 404 (no such endpoint);"
                        + " of the seed's paths, /prospects/{id}/enrichment answers (HTTP 401); set path.enrichment to"
                        + " the one the API serves",
                e.getMessage());
    }

    @Test
    void aSeedPathWithoutId_isNamed_butSaidToBeUnusable() throws Exception {
        URI base = serveOnly(Set.of("/enrichment"));

        var e = assertThrows(
                PreflightException.class,
                () -> new EnrichmentPreflight(TestOutbound.plain()).check(base, "/prospects/{id}/enrichment"));

        assertEquals(
                "path.enrichment: GET " + base
                        + "/prospects/preflight-probe/enrichment answered HTTP 404 (no such endpoint); of the seed's"
                        + " paths, /enrichment answers (HTTP 405), but without {id} in its path the suite cannot drive"
                        + " it; set path.enrichment to the one the API serves",
                e.getMessage());
    }

    @Test
    void whenNothingAnswers_itSaysSo() throws Exception {
        URI base = serveOnly(Set.of());

        var e = assertThrows(
                PreflightException.class,
                () -> new EnrichmentPreflight(TestOutbound.plain()).check(base, "/api/{id}/ai"));

        assertEquals(
                "path.enrichment: GET " + base + "/api/preflight-probe/ai answered HTTP 404 (no such endpoint); none of"
                        + " the seed's paths (/prospects/{id}/enrichment, /prospects/{id}/enrich, /enrichment) answers"
                        + " either",
                e.getMessage());
    }

    @Test
    void aTargetThatIsNotThere_isRefusedInOneLine() throws Exception {
        URI base = serveOnly(Set.of());
        other.stop(0);
        other = null;

        var e = assertThrows(
                com.salesmachine.loadtest.outbound.OutboundException.class,
                () -> new EnrichmentPreflight(TestOutbound.plain()).check(base, "/prospects/{id}/enrichment"));

        assertTrue(
                e.getMessage()
                        .startsWith("path.enrichment: GET " + base + "/prospects/preflight-probe/enrichment failed: "),
                e.getMessage());
    }

    private URI startStandIn() {
        standIn = StandInServer.start(StandIns.fast(), StandIns.ACCOUNTS);
        return standIn.baseUrl();
    }

    /** A server where only {@code paths} exist, each answering 405 to GET; everything else 404. */
    private URI serveOnly(Set<String> paths) throws Exception {
        other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            int status = paths.contains(exchange.getRequestURI().getPath()) ? 405 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        other.start();
        return URI.create("http://127.0.0.1:" + other.getAddress().getPort());
    }
}
