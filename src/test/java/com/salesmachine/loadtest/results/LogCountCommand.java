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
 * {@code --gatling}, the line goes on with Gatling's own global percentiles of the same records read
 * as one log ({@code gatlingP50=A gatlingP95=B gatlingP99=C}: a t-digest's, which can differ from
 * one reading to the next). With {@code --window FROM TO} (seconds after the logs' first user start,
 * as a summary's {@code steady.fromSeconds} and {@code toSeconds}), it goes on with the exact figures
 * of the requests that started in that window ({@code windowRequests=N windowP50=A windowP95=B
 * windowP99=C}), which a merged run's steady figures must equal.
 */
public final class LogCountCommand {
    private LogCountCommand() {}

    private static final String USAGE =
            "Usage: LogCountCommand [--gatling] [--window FROM_SECONDS TO_SECONDS] <run folder or simulation.log>...";

    public static void main(String[] args) throws IOException {
        boolean gatling = false;
        double[] window = null;
        int first = 0;
        try {
            while (first < args.length && args[first].startsWith("--")) {
                if (args[first].equals("--gatling")) {
                    gatling = true;
                    first++;
                } else if (args[first].equals("--window")) {
                    window = windowSeconds(Arrays.copyOfRange(args, first + 1, Math.min(first + 3, args.length)));
                    first += 3;
                } else {
                    throw new IllegalArgumentException("not an option here: " + args[first]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("ERROR " + e.getMessage() + ". " + USAGE);
            System.exit(64);
        }
        List<String> paths = Arrays.asList(args).subList(first, args.length);
        if (paths.isEmpty()) {
            System.err.println(USAGE);
            System.exit(64);
        }
        try {
            var logs = new ArrayList<SimulationLog>();
            for (String arg : paths) {
                Path path = Path.of(arg);
                logs.add(SimulationLogDecoder.decode(Files.isDirectory(path) ? path.resolve("simulation.log") : path));
            }
            String line = count(logs);
            if (window != null) {
                line += " " + window(logs, window[0], window[1]);
            }
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

    /** {@code --window}'s two values: seconds from the logs' first user start, the first before the second. */
    static double[] windowSeconds(String... values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("--window needs two numbers of seconds, FROM and TO, and got "
                    + (values.length == 0 ? "none" : "only " + values[0]));
        }
        double[] seconds = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                seconds[i] = Double.parseDouble(values[i]);
            } catch (NumberFormatException e) {
                seconds[i] = Double.NaN;
            }
            if (!(seconds[i] >= 0) || Double.isInfinite(seconds[i])) {
                throw new IllegalArgumentException("--window's " + (i == 0 ? "FROM" : "TO") + " is '" + values[i]
                        + "', not a number of seconds (0 or more)");
            }
        }
        if (seconds[0] >= seconds[1]) {
            throw new IllegalArgumentException(
                    "--window's FROM (" + values[0] + " s) must be before its TO (" + values[1] + " s)");
        }
        return seconds;
    }

    /**
     * The requests that started from {@code fromSeconds} to {@code toSeconds} after the logs' first user
     * start (the window ending with the last record at the latest), their count and exact percentiles.
     */
    static String window(List<SimulationLog> logs, double fromSeconds, double toSeconds) {
        long injectStart = logs.stream().mapToLong(l -> l.injectStart).min().orElse(0);
        long injectEnd = logs.stream().mapToLong(l -> l.injectEnd).max().orElse(0);
        long from = injectStart + Math.round(fromSeconds * 1000);
        long to = Math.min(injectStart + Math.round(toSeconds * 1000), injectEnd);
        var window = Requests.of(logs, from, to);
        int[] sorted = window.sortedTimes();
        return "windowRequests=%d windowP50=%d windowP95=%d windowP99=%d"
                .formatted(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    static String count(SimulationLog log) {
        return count(List.of(log));
    }

    static String count(List<SimulationLog> logs) {
        var all = Requests.of(logs, Long.MIN_VALUE, Long.MAX_VALUE);
        int[] sorted = all.sortedTimes();
        int n = sorted.length;
        double seconds = n == 0 ? 0 : (all.lastEnd - all.firstStart) / 1000.0;
        return "requests=%d ok=%d ko=%d seconds=%.3f p50=%d p95=%d p99=%d"
                .formatted(n, all.ok, all.ko, seconds, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    /** The requests of the logs that started in {@code [from, to)}: their response times, OK and KO, span. */
    private static final class Requests implements RecordSink {
        private final long from;
        private final long to;
        private int[] times = new int[1024];
        private int n;
        long ok;
        long ko;
        long firstStart = Long.MAX_VALUE;
        long lastEnd = Long.MIN_VALUE;

        private Requests(long from, long to) {
            this.from = from;
            this.to = to;
        }

        static Requests of(List<SimulationLog> logs, long from, long to) {
            var requests = new Requests(from, to);
            logs.forEach(log -> log.replay(requests));
            return requests;
        }

        @Override
        public void request(String path, long startMillis, long endMillis, boolean isOk) {
            if (startMillis < from || startMillis >= to) {
                return;
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = (int) (endMillis - startMillis);
            if (isOk) {
                ok++;
            } else {
                ko++;
            }
            firstStart = Math.min(firstStart, startMillis);
            lastEnd = Math.max(lastEnd, endMillis);
        }

        int[] sortedTimes() {
            int[] sorted = Arrays.copyOf(times, n);
            Arrays.sort(sorted);
            return sorted;
        }
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
