package com.salesmachine.loadtest.metrics;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A distribution of measured values, kept in an HdrHistogram at three significant digits (values
 * are stored in thousandths of the unit), mergeable with other injectors' through its encoded form.
 */
public final class Trend {
    private static final int SIGNIFICANT_DIGITS = 3;
    /** Values are stored as whole thousandths of the unit. */
    private static final double SCALE = 1000.0;

    private final String name;
    private final String unit;
    private final Histogram histogram = new ConcurrentHistogram(SIGNIFICANT_DIGITS);

    Trend(String name, String unit) {
        this.name = name;
        this.unit = unit;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    /** Records one value; negative values are a bug in the caller and are refused. */
    public void record(double value) {
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("trend '" + name + "' cannot record " + value);
        }
        histogram.recordValue(Math.round(value * SCALE));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    MetricsSummary.Trend snapshot() {
        return summarize(name, unit, histogram.copy());
    }

    /** The summary figures of a histogram, with the histogram itself encoded for merging. */
    public static MetricsSummary.Trend summarize(String name, String unit, Histogram h) {
        long count = h.getTotalCount();
        if (count == 0) {
            return new MetricsSummary.Trend(name, unit, 0, null, null, null, null, null, null, null, encode(h));
        }
        return new MetricsSummary.Trend(
                name,
                unit,
                count,
                unscale(h.getMinValue()),
                round(h.getMean() / SCALE),
                unscale(h.getValueAtPercentile(50)),
                unscale(h.getValueAtPercentile(75)),
                unscale(h.getValueAtPercentile(95)),
                unscale(h.getValueAtPercentile(99)),
                unscale(h.getMaxValue()),
                encode(h));
    }

    /** Merges encoded histograms of the same trend (from several injectors) into one. */
    public static Histogram merge(Iterable<String> encoded) {
        var decoded = new java.util.ArrayList<Histogram>();
        encoded.forEach(e -> decoded.add(decode(e)));
        return sum(decoded);
    }

    /** Histograms of the same trend (already decoded) added into one. */
    public static Histogram sum(Iterable<Histogram> histograms) {
        Histogram merged = new Histogram(SIGNIFICANT_DIGITS);
        histograms.forEach(merged::add);
        return merged;
    }

    public static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer, 9);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static Histogram decode(String encoded) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not an encoded histogram: " + e.getMessage(), e);
        }
    }

    private static double unscale(long value) {
        return round(value / SCALE);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
