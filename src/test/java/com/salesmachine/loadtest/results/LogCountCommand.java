package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code LogCountCommand <run folder or simulation.log>...}: one line of what Gatling runs sent, for
 * scripts that compare runs of simulations with no summary of their own (ci/bench-injector.sh), or
 * check a merge of shards against their records (ci/check-distributed.sh):
 * {@code requests=N ok=N ko=N seconds=S p50=A p95=B p99=C}, over the records of every log given
 * together (S from the first request's start to the last one's end; the percentiles of every
 * request's response time in ms, exact: the nearest rank of them all sorted). With
 * {@code --gatling} first, the line ends with Gatling's own global percentiles of the same records
 * read as one log ({@code gatlingP50=A gatlingP95=B gatlingP99=C}), which a merge's must equal.
 */
public final class LogCountCommand {
    private LogCountCommand() {}

    public static void main(String[] args) throws IOException {
        boolean gatling = args.length > 0 && args[0].equals("--gatling");
        List<String> paths = Arrays.asList(args).subList(gatling ? 1 : 0, args.length);
        if (paths.isEmpty()) {
            System.err.println("Usage: LogCountCommand [--gatling] <run folder or simulation.log>...");
            System.exit(64);
        }
        try {
            var logs = new ArrayList<SimulationLog>();
            for (String arg : paths) {
                Path path = Path.of(arg);
                logs.add(SimulationLogDecoder.decode(Files.isDirectory(path) ? path.resolve("simulation.log") : path));
            }
            String line = count(logs);
            if (gatling) {
                RunSummary.Stats global =
                        new GatlingRunReader().readTogether(logs).whole().global();
                line += " gatlingP50=%d gatlingP95=%d gatlingP99=%d"
                        .formatted(global.p50(), global.p95(), global.p99());
            }
            System.out.println(line);
        } catch (UnusableInputException e) {
            System.err.println("ERROR " + e.getMessage());
            System.exit(64);
        }
    }

    static String count(SimulationLog log) {
        return count(List.of(log));
    }

    static String count(List<SimulationLog> logs) {
        long[] counts = new long[2];
        long[] bounds = {Long.MAX_VALUE, Long.MIN_VALUE};
        int[][] times = {new int[1024]};
        for (SimulationLog log : logs) {
            log.replay(new RecordSink() {
                @Override
                public void request(String path, long startMillis, long endMillis, boolean ok) {
                    int n = (int) (counts[0] + counts[1]);
                    if (n == times[0].length) {
                        times[0] = Arrays.copyOf(times[0], n * 2);
                    }
                    times[0][n] = (int) (endMillis - startMillis);
                    counts[ok ? 0 : 1]++;
                    bounds[0] = Math.min(bounds[0], startMillis);
                    bounds[1] = Math.max(bounds[1], endMillis);
                }
            });
        }
        int n = (int) (counts[0] + counts[1]);
        int[] sorted = Arrays.copyOf(times[0], n);
        Arrays.sort(sorted);
        double seconds = n == 0 ? 0 : (bounds[1] - bounds[0]) / 1000.0;
        return "requests=%d ok=%d ko=%d seconds=%.3f p50=%d p95=%d p99=%d"
                .formatted(n, counts[0], counts[1], seconds, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    /** The nearest-rank percentile: the smallest value at or under which {@code p} % of them lie; 0 for none. */
    static int rank(int[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
