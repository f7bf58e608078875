package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.config.Numbers;
import java.util.Locale;

/**
 * How the reports write numbers, the same everywhere: milliseconds as whole numbers, percentages
 * and rates with two decimals, durations in seconds and minutes.
 */
final class Figures {
    private Figures() {}

    static String ms(long millis) {
        return millis + " ms";
    }

    /** A percentage already scaled to 0-100. */
    static String percent(double percent) {
        return decimals(percent) + " %";
    }

    static String rps(double perSecond) {
        return decimals(perSecond) + " req/s";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Two decimals, trailing zeros dropped ({@code 0.07}, {@code 44.5}, {@code 12}). */
    static String decimals(double value) {
        return Numbers.decimals(value);
    }

    /** Seconds as {@code 45 s}, {@code 1 min 8 s}, {@code 1 h 5 min}; fractions of a second only below 10 s. */
    static String duration(double seconds) {
        if (seconds < 10 && seconds != Math.rint(seconds)) {
            return decimals(seconds) + " s";
        }
        long total = Math.round(seconds);
        long h = total / 3600;
        long m = total % 3600 / 60;
        long s = total % 60;
        if (h > 0) {
            return h + " h" + (m > 0 ? " " + m + " min" : "") + (s > 0 ? " " + s + " s" : "");
        }
        if (m > 0) {
            return m + " min" + (s > 0 ? " " + s + " s" : "");
        }
        return s + " s";
    }
}
