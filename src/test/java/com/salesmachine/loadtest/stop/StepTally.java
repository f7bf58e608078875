package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.results.RunSummary;
import java.util.Arrays;

/** One level's hold: its requests (by start) and the integral of its active users. */
final class StepTally {
    final long from;
    final long to;
    double activeUserMillis;
    long requests;
    long failed;
    int[] millis = new int[256];

    StepTally(long from, long to) {
        this.from = from;
        this.to = to;
    }

    void user(boolean start, long timestamp) {
        long activeFor = to - Math.min(to, Math.max(from, timestamp));
        activeUserMillis += start ? activeFor : -activeFor;
    }

    void request(long start, long end, boolean ok) {
        if (start < from || start >= to) {
            return;
        }
        if (requests == millis.length) {
            millis = Arrays.copyOf(millis, millis.length * 2);
        }
        millis[(int) requests++] = (int) (end - start);
        if (!ok) {
            failed++;
        }
    }

    RunSummary.Step step(int index, int intendedUsers, long injectStart, boolean completed) {
        double seconds = (to - from) / 1000.0;
        Double p95 = null;
        Double failedPercent = null;
        if (requests > 0) {
            int[] sorted = Arrays.copyOf(millis, (int) requests);
            Arrays.sort(sorted);
            p95 = (double) sorted[(int) Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
            failedPercent = round(100.0 * failed / requests);
        }
        return new RunSummary.Step(
                index,
                (from - injectStart) / 1000.0,
                (to - injectStart) / 1000.0,
                intendedUsers,
                seconds <= 0 ? 0 : round(activeUserMillis / (to - from)),
                requests,
                seconds <= 0 ? 0 : round(requests / seconds),
                p95,
                failedPercent,
                completed);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
