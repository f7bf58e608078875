package com.salesmachine.loadtest.standin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QueryResultTest {
    @Test
    void serverTiming_writesMillisecondsToOneDecimal_roundingHalfUp() {
        assertEquals(
                "db;dur=12.3, pool;dur=0.0", QueryResult.serverTiming(Duration.ofNanos(12_345_678), Duration.ZERO));
        assertEquals(
                "db;dur=0.2, pool;dur=1000.0",
                QueryResult.serverTiming(Duration.ofNanos(150_000), Duration.ofSeconds(1)));
        assertEquals(
                "db;dur=0.0, pool;dur=0.1",
                QueryResult.serverTiming(Duration.ofNanos(49_999), Duration.ofNanos(50_000)));
    }

    @Test
    void serverTiming_matchesTheFormatItReplaces() {
        var random = new Random(11);
        LongStream.concat(
                        LongStream.rangeClosed(0, 2_000_000).filter(n -> n % 997 == 0 || n % 50_000 < 3),
                        random.longs(20_000, 0, 3_600_000_000_000L))
                .forEach(nanos -> assertEquals(
                        String.format(
                                Locale.ROOT,
                                "db;dur=%.1f, pool;dur=%.1f",
                                nanos / 1_000_000.0,
                                (nanos / 7) / 1_000_000.0),
                        QueryResult.serverTiming(Duration.ofNanos(nanos), Duration.ofNanos(nanos / 7)),
                        "nanos " + nanos));
    }
}
