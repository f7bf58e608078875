package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code LogCountCommand <run folder or simulation.log>}: one line of what a Gatling run sent, for
 * scripts that compare runs of simulations with no summary of their own (ci/bench-injector.sh):
 * {@code requests=N ok=N ko=N seconds=S} (S from the first request's start to the last one's end).
 */
public final class LogCountCommand {
    private LogCountCommand() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: LogCountCommand <run folder or simulation.log>");
            System.exit(64);
        }
        Path path = Path.of(args[0]);
        Path file = Files.isDirectory(path) ? path.resolve("simulation.log") : path;
        try {
            System.out.println(count(SimulationLogDecoder.decode(file)));
        } catch (UnusableInputException e) {
            System.err.println("ERROR " + e.getMessage());
            System.exit(64);
        }
    }

    static String count(SimulationLog log) {
        long[] counts = new long[2];
        long[] bounds = {Long.MAX_VALUE, Long.MIN_VALUE};
        log.replay(new RecordSink() {
            @Override
            public void request(String path, long startMillis, long endMillis, boolean ok) {
                counts[ok ? 0 : 1]++;
                bounds[0] = Math.min(bounds[0], startMillis);
                bounds[1] = Math.max(bounds[1], endMillis);
            }
        });
        double seconds = counts[0] + counts[1] == 0 ? 0 : (bounds[1] - bounds[0]) / 1000.0;
        return "requests=%d ok=%d ko=%d seconds=%.3f".formatted(counts[0] + counts[1], counts[0], counts[1], seconds);
    }
}
