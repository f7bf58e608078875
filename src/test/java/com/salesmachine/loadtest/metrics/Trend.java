package com.salesmachine.loadtest.metrics;

import com.salesmachine.loadtest.results.RunSummary;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.ConcurrentDoubleHistogram;
import org.HdrHistogram.DoubleHistogram;

/** A distribution of measured values (three significant digits), mergeable with other runs' through its encoded histogram. */
public final class Trend {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final String name;
    private final String unit;
    private final DoubleHistogram histogram = new ConcurrentDoubleHistogram(SIGNIFICANT_DIGITS);

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
        histogram.recordValue(value);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    RunSummary.Trend snapshot() {
        return summarize(name, unit, histogram.copy());
    }

    /** The summary figures of a histogram, with the histogram itself encoded for merging. */
    public static RunSummary.Trend summarize(String name, String unit, DoubleHistogram h) {
        long count = h.getTotalCount();
        if (count == 0) {
            return new RunSummary.Trend(name, unit, 0, null, null, null, null, null, null, null, encode(h));
        }
        return new RunSummary.Trend(
                name,
                unit,
                count,
                round(h.getMinValue()),
                round(h.getMean()),
                round(h.getValueAtPercentile(50)),
                round(h.getValueAtPercentile(75)),
                round(h.getValueAtPercentile(95)),
                round(h.getValueAtPercentile(99)),
                round(h.getMaxValue()),
                encode(h));
    }

    /** Merges encoded histograms of the same trend (from several injectors) into one. */
    public static DoubleHistogram merge(Iterable<String> encoded) {
        DoubleHistogram merged = new DoubleHistogram(SIGNIFICANT_DIGITS);
        for (String e : encoded) {
            merged.add(decode(e));
        }
        return merged;
    }

    public static String encode(DoubleHistogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer, 9);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static DoubleHistogram decode(String encoded) {
        try {
            return DoubleHistogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an encoded histogram: " + e.getMessage(), e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
