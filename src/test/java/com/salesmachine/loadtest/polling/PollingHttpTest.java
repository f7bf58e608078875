package com.salesmachine.loadtest.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.results.GatlingRunReader;
import com.salesmachine.loadtest.results.RunSummary;
import com.salesmachine.loadtest.standin.StandInServer;
import com.salesmachine.loadtest.standin.testing.StandIns;
import com.salesmachine.loadtest.standin.workflows.ExecutionTime;
import com.salesmachine.loadtest.standin.workflows.WorkflowConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The polling pattern as Gatling runs it, over real HTTP: {@link PollingProbe} is run once in this
 * JVM against three stand-ins (workflows that succeed, fail, hang) and a server that records when
 * each poll arrives; the tests read what its users saw and Gatling's own log of the run.
 */
class PollingHttpTest {
    /** The recorder answers "running" this many times, then "success". */
    private static final int RUNNING_POLLS = 5;

    @TempDir
    static Path resultsDir;

    private static final List<StandInServer> STAND_INS = new ArrayList<>();
    private static HttpServer recorder;
    private static final List<Long> pollArrivals = new ArrayList<>();
    private static int exitCode;
    private static GatlingRunReader.GatlingRun run;

    @BeforeAll
    static void runTheProbe() throws Exception {
        var quick = WorkflowConfig.defaults().withExecutionTime(new ExecutionTime(300, 300, 300));
        var cases = new LinkedHashMap<String, URI>();
        cases.put("succeeds", standIn(quick));
        cases.put("fails", standIn(quick.withFailureRatio(1)));
        cases.put("hangs", standIn(quick.withHangRatio(1)));
        cases.put("backs off", startRecorder());
        System.setProperty(PollingProbe.CASES_PROPERTY, PollingProbe.casesProperty(cases));
        System.setProperty("pollingProbe.email", StandIns.ANN.email());
        System.setProperty("pollingProbe.password", StandIns.ANN.password());
        try {
            exitCode = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", PollingProbe.class.getName(),
                "--results-folder", resultsDir.toString(),
                "--no-reports"
            });
        } finally {
            System.clearProperty(PollingProbe.CASES_PROPERTY);
        }
        Path folder;
        try (Stream<Path> runs = Files.list(resultsDir)) {
            folder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        run = new GatlingRunReader()
                .readAndReport(resultsDir, folder.getFileName().toString());
    }

    @AfterAll
    static void stop() {
        STAND_INS.forEach(StandInServer::close);
        if (recorder != null) {
            recorder.stop(0);
        }
    }

    @Test
    void aWorkflowThatSucceeds_endsThePollingAsDone_withNoFailure() {
        assertEquals(0, exitCode);
        assertTrue(PollingProbe.RESULTS.get("succeeds").startsWith("DONE after "), PollingProbe.RESULTS.toString());
        assertEquals(0, request("succeeds", "Poll workflow status").ko());
        assertEquals(0, group("succeeds").ko());
    }

    @Test
    void aWorkflowThatFails_isAKoPoll_namingTheErrorStatus() {
        assertTrue(PollingProbe.RESULTS.get("fails").startsWith("FAILED after "), PollingProbe.RESULTS.toString());
        assertEquals(1, request("fails", "Poll workflow status").ko());
        assertEquals(1, group("fails").ko());
        assertEquals(1, errorCount("workflow failed: status 'error'"), errors());
    }

    @Test
    void aWorkflowThatHangs_isAKoPollAtTheTimeOut_andThePollingStopsThere() {
        assertTrue(PollingProbe.RESULTS.get("hangs").startsWith("TIMED_OUT after "), PollingProbe.RESULTS.toString());
        assertEquals(1, request("hangs", "Poll workflow status").ko());
        assertEquals(1, errorCount("workflow not finished within 3s: status 'running'"), errors());
        long groupMs = group("hangs").max();
        assertTrue(groupMs >= 3000 && groupMs < 4500, "the hanging workflow's group took " + groupMs + " ms");
    }

    @Test
    void thePolls_backOffAsScheduled_growingToTheCapWithJitter_andNeverFaster() {
        assertTrue(
                PollingProbe.RESULTS.get("backs off").equals("DONE after " + (RUNNING_POLLS + 1) + " polls"),
                PollingProbe.RESULTS.toString());
        List<Long> gaps = new ArrayList<>();
        synchronized (pollArrivals) {
            for (int i = 1; i < pollArrivals.size(); i++) {
                gaps.add((pollArrivals.get(i) - pollArrivals.get(i - 1)) / 1_000_000);
            }
        }
        assertEquals(RUNNING_POLLS, gaps.size(), "gaps between polls " + gaps);
        Backoff b = PollingProbe.BACKOFF;
        for (int i = 0; i < gaps.size(); i++) {
            double nominal = b.nominalMillis(i + 1);
            assertTrue(gaps.get(i) >= nominal * (1 - b.jitter()) - 2, "gap " + i + " " + gaps);
        }
        // Nominal 100, 200, 400, 400, 400 ms (1.55 s with the first 50, inside the 3 s bound): the
        // later gaps sit at the cap, well above the first.
        long last = gaps.get(gaps.size() - 1);
        assertTrue(last >= 2 * gaps.get(0), "no growth: " + gaps);
        assertTrue(last <= b.cap().toMillis() * (1 + b.jitter()) + 150, "past the cap: " + gaps);
        assertEquals(RUNNING_POLLS + 1, request("backs off", Polling.BACK_OFF).count());
        assertEquals(0, request("backs off", "Poll workflow status").ko(), "a null stoppedAt is not a failure");
    }

    private static URI standIn(WorkflowConfig workflows) {
        var server = StandInServer.start(StandIns.fast().withWorkflows(workflows), StandIns.ACCOUNTS);
        STAND_INS.add(server);
        return server.baseUrl();
    }

    /** Logs anyone in, accepts any scrape as execution 1, and answers its status by the number of polls. */
    private static URI startRecorder() throws IOException {
        recorder = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recorder.createContext("/auth/login", ex -> answer(ex, "{\"token\": \"t\", \"tokenType\": \"Bearer\"}"));
        recorder.createContext("/webhook/", ex -> answer(ex, "{\"executionId\": \"1\"}"));
        recorder.createContext("/api/v1/executions/1", ex -> {
            int polls;
            synchronized (pollArrivals) {
                pollArrivals.add(System.nanoTime());
                polls = pollArrivals.size();
            }
            boolean done = polls > RUNNING_POLLS;
            // As N8N may answer: a null stoppedAt while the execution runs.
            answer(
                    ex,
                    "{\"id\": \"1\", \"finished\": " + done + ", \"status\": \"" + (done ? "success" : "running")
                            + "\", \"startedAt\": \"2026-11-22T10:00:00.000Z\", \"stoppedAt\": "
                            + (done ? "\"2026-11-22T10:00:01.500Z\"" : "null") + "}");
        });
        recorder.start();
        return URI.create("http://127.0.0.1:" + recorder.getAddress().getPort());
    }

    private static void answer(HttpExchange exchange, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static RunSummary.Stats request(String group, String name) {
        return run.whole().requests().stream()
                .filter(r -> r.path().equals(group + " / " + name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + group + " / " + name + " in " + run.whole().requests()))
                .stats();
    }

    private static RunSummary.Stats group(String name) {
        return run.whole().groups().stream()
                .filter(g -> g.path().equals(name))
                .findFirst()
                .orElseThrow()
                .stats();
    }

    private static long errorCount(String messageEnd) {
        return run.errors().stream()
                .filter(e -> e.message().endsWith(messageEnd))
                .mapToLong(RunSummary.ErrorCount::count)
                .sum();
    }

    private static String errors() {
        return run.errors().toString();
    }
}
