package com.salesmachine.loadtest.targetmetrics;

import java.util.List;

/**
 * The slope of a memory series by least squares, and whether it says memory keeps growing.
 *
 * <p>Memory keeps growing when all of these hold: at least {@value #MIN_SAMPLES} samples; the slope
 * is positive and at least {@value #MIN_T} standard errors from zero (a trend, not GC's sawtooth);
 * it adds more than {@value #MIN_PERCENT_PER_HOUR} % of the mean per hour (the seed report's soak
 * rule); over the samples' own span it adds more than {@value #MIN_PERCENT_OVER_SPAN} % of the mean
 * (so a short run does not flag a drift too small to see); and the means of the samples' first,
 * middle and last thirds rise in that order (it keeps growing: a warm-up step, or growth that stopped,
 * is not a leak).
 */
public record MemoryTrend(double slopeMbPerHour, double meanMb, boolean growing) {
    public static final int MIN_SAMPLES = 6;
    public static final double MIN_T = 3;
    public static final double MIN_PERCENT_PER_HOUR = 5;
    public static final double MIN_PERCENT_OVER_SPAN = 2;

    private static final double MS_PER_HOUR = 3_600_000.0;

    /** A point of the series: when, and megabytes. */
    public record Point(long epochMillis, double mb) {}

    /** The trend of {@code points} (oldest first); null with fewer than 3, or all at one time. */
    public static MemoryTrend of(List<Point> points) {
        int n = points.size();
        if (n < 3) {
            return null;
        }
        long t0 = points.get(0).epochMillis();
        double meanX = 0;
        double meanY = 0;
        for (Point p : points) {
            meanX += (p.epochMillis() - t0) / MS_PER_HOUR;
            meanY += p.mb();
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = (p.epochMillis() - t0) / MS_PER_HOUR - meanX;
            sxx += dx * dx;
            sxy += dx * (p.mb() - meanY);
        }
        if (sxx <= 0) {
            return null;
        }
        double slope = sxy / sxx;
        double residuals = 0;
        for (Point p : points) {
            double fitted = meanY + slope * ((p.epochMillis() - t0) / MS_PER_HOUR - meanX);
            residuals += (p.mb() - fitted) * (p.mb() - fitted);
        }
        double standardError = Math.sqrt(residuals / (n - 2) / sxx);
        double spanHours = (points.get(n - 1).epochMillis() - t0) / MS_PER_HOUR;
        boolean significant = slope > 0 && (standardError == 0 || slope / standardError >= MIN_T);
        boolean growing = n >= MIN_SAMPLES
                && significant
                && meanY > 0
                && slope * 100 / meanY > MIN_PERCENT_PER_HOUR
                && slope * spanHours * 100 / meanY > MIN_PERCENT_OVER_SPAN
                && thirdMean(points, 2) > thirdMean(points, 1)
                && thirdMean(points, 1) > thirdMean(points, 0);
        return new MemoryTrend(slope, meanY, growing);
    }

    /** The mean of the first (0), middle (1) or last (2) third of the points. */
    private static double thirdMean(List<Point> points, int third) {
        int n = points.size();
        int size = Math.max(1, n / 3);
        int from = third == 0 ? 0 : third == 2 ? n - size : (n - size) / 2;
        return points.subList(from, from + size).stream()
                .mapToDouble(Point::mb)
                .average()
                .orElse(0);
    }
}
