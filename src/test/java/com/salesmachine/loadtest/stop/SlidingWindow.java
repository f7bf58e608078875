package com.salesmachine.loadtest.stop;

import com.salesmachine.loadtest.results.RecordSink;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The request and group records that ended in the last {@code window} (up to the latest end seen, so
 * the log's own lag never empties it): per path, how many, how many failed and the exact percentiles
 * of their response times; globally (requests only), how many and how many failed. Time is the
 * records' own, so tests feed it records and no clock.
 */
public final class SlidingWindow implements RecordSink {
    private record Sample(String path, long end, int millis, boolean ok, boolean group) {}

    /** Counts of one path, or of every request. */
    private static final class Tally {
        long count;
        long failed;

        void add(boolean ok, int sign) {
            count += sign;
            if (!ok) {
                failed += sign;
            }
        }
    }

    private final long windowMillis;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final Map<String, Tally> byPath = new HashMap<>();
    private final Tally requests = new Tally();
    private long firstEnd = Long.MAX_VALUE;
    private long latestEnd = Long.MIN_VALUE;

    public SlidingWindow(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window is longer than zero, was " + window);
        }
        this.windowMillis = window.toMillis();
    }

    public Duration window() {
        return Duration.ofMillis(windowMillis);
    }

    @Override
    public void request(String path, long startMillis, long endMillis, boolean ok) {
        add(new Sample(path, endMillis, (int) (endMillis - startMillis), ok, false));
    }

    @Override
    public void group(String path, long startMillis, long endMillis, boolean ok) {
        add(new Sample(path, endMillis, (int) (endMillis - startMillis), ok, true));
    }

    private void add(Sample s) {
        samples.addLast(s);
        byPath.computeIfAbsent(s.path(), p -> new Tally()).add(s.ok(), 1);
        if (!s.group()) {
            requests.add(s.ok(), 1);
        }
        firstEnd = Math.min(firstEnd, s.end());
        if (s.end() > latestEnd) {
            latestEnd = s.end();
            evictUpTo(latestEnd - windowMillis);
        }
    }

    /** Moves the window's end to {@code nowMillis} (when no record came for a while), dropping what fell out. */
    public void advanceTo(long nowMillis) {
        if (nowMillis > latestEnd) {
            latestEnd = nowMillis;
            evictUpTo(latestEnd - windowMillis);
        }
    }

    // Records come in the order Gatling logged them, which is nearly end order: one that ended out of
    // order leaves when the records before it have left (a few ms late at most).
    private void evictUpTo(long boundary) {
        for (Sample head = samples.peekFirst(); head != null && head.end() <= boundary; head = samples.peekFirst()) {
            samples.removeFirst();
            byPath.get(head.path()).add(head.ok(), -1);
            if (!head.group()) {
                requests.add(head.ok(), -1);
            }
        }
    }

    /** The window's end: the latest record's end (or the time it was advanced to). */
    public long endMillis() {
        return latestEnd;
    }

    /** Whether records have come in for a whole window: a window's figures are over its whole length. */
    public boolean full() {
        return firstEnd != Long.MAX_VALUE && latestEnd - firstEnd >= windowMillis;
    }

    /** Records of that path (or of every request, for {@code null}) in the window. */
    public long count(String path) {
        Tally t = path == null ? requests : byPath.get(path);
        return t == null ? 0 : t.count;
    }

    /** The share of failed records of that path (every request, for {@code null}), in %; empty when none. */
    public OptionalDouble failedPercent(String path) {
        Tally t = path == null ? requests : byPath.get(path);
        if (t == null || t.count == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * t.failed / t.count);
    }

    /** The {@code p}th percentile (nearest rank) of that path's response times in the window; empty when none. */
    public OptionalDouble percentile(String path, double p) {
        int[] values = samples.stream()
                .filter(s -> s.path().equals(path))
                .mapToInt(Sample::millis)
                .toArray();
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return OptionalDouble.of(values[Math.max(0, Math.min(values.length - 1, rank - 1))]);
    }
}
