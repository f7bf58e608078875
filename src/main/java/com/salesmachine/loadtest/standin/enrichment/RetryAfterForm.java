package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.settings.SettingException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a 429 tells the client when to come back (RFC 9110, section 10.2.3): whole seconds, an
 * HTTP-date, or not at all. Either form rounds to a whole second as the limiter says: up (a token
 * bucket: a client that waits what it is told never comes back before a token is there), or down (a
 * fixed window, as express-rate-limit: the seconds left until the reset, possibly {@code 0}).
 */
public enum RetryAfterForm {
    SECONDS("seconds"),
    HTTP_DATE("date"),
    NONE("none");

    /** IMF-fixdate, the preferred HTTP-date form: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    public static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final String key;

    RetryAfterForm(String key) {
        this.key = key;
    }

    /** How a wait becomes whole seconds. */
    public enum Rounding {
        /** To the next whole second, and at least one second. */
        UP,
        /** To the whole second before, possibly none. */
        DOWN
    }

    /** What the client is told at {@code now} when the next token is {@code wait} away. */
    public record Advice(Optional<String> header, Optional<Instant> notBefore) {}

    /** Rounded up. */
    public Advice advise(Instant now, Duration wait) {
        return advise(now, wait, Rounding.UP);
    }

    public Advice advise(Instant now, Duration wait, Rounding rounding) {
        return switch (this) {
            case SECONDS -> {
                long seconds = rounding == Rounding.UP ? Math.max(1, ceilSeconds(wait)) : wait.getSeconds();
                yield new Advice(Optional.of(Long.toString(seconds)), Optional.of(now.plusSeconds(seconds)));
            }
            case HTTP_DATE -> {
                Instant at = now.plus(wait);
                Instant whole = at.truncatedTo(ChronoUnit.SECONDS);
                Instant notBefore = whole.equals(at) || rounding == Rounding.DOWN ? whole : whole.plusSeconds(1);
                yield new Advice(Optional.of(IMF_FIXDATE.format(notBefore)), Optional.of(notBefore));
            }
            case NONE -> new Advice(Optional.empty(), Optional.empty());
        };
    }

    /** The setting's word for this form. */
    public String key() {
        return key;
    }

    public static RetryAfterForm parse(String setting, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new SettingException(
                        setting,
                        "'" + text + "' is not a Retry-After form; use one of "
                                + Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return key;
    }

    private static long ceilSeconds(Duration wait) {
        long seconds = wait.getSeconds();
        return wait.getNano() > 0 ? seconds + 1 : seconds;
    }
}
