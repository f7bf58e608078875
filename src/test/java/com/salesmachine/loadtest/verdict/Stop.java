package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.Numbers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Why and when stop criteria ended a run's injection: an SLO breached over the whole sliding window.
 *
 * @param atMillis when the breach was seen (epoch milliseconds)
 * @param slo the name of the objective that was breached
 * @param figure what was measured over the window, in words: {@code error rate 23 %},
 *     {@code p95 812 ms of Check the dashboard / Get dashboard}
 * @param value the measured value, in the objective's unit
 * @param windowSeconds the sliding window's length
 * @param users the virtual users active at that moment
 */
public record Stop(long atMillis, String slo, String figure, double value, double windowSeconds, long users) {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** {@code 14:02:10} (UTC, as Gatling's console). */
    public String clockTime() {
        return CLOCK.format(Instant.ofEpochMilli(atMillis));
    }

    /** {@code error rate 23 % over 15 s at 180 users}. */
    public String reason() {
        return figure + " over " + Numbers.decimals(windowSeconds) + " s at " + users + " users";
    }

    /** The console's line: {@code Stopped at 14:02:10: error rate 23 % over 15 s at 180 users}. */
    public String line() {
        return "Stopped at " + clockTime() + ": " + reason();
    }
}
