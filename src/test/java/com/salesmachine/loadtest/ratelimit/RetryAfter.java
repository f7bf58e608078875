package com.salesmachine.loadtest.ratelimit;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Retry-After} header (RFC 9110, section 10.2.3) read as the wait it asks for: either
 * delay-seconds (a non-negative whole number) or an HTTP-date, which is measured from {@code now}
 * (a date already past asks for no wait) in any of the three forms a recipient must accept: IMF-fixdate,
 * the obsolete RFC 850 form and asctime. Anything else is not a usable header, and the caller falls
 * back to its own back-off.
 */
public record RetryAfter(Form form, Duration delay) {

    public enum Form {
        SECONDS,
        HTTP_DATE
    }

    /** More than a day is not a rate-limit wait but a broken header; such a value is not used. */
    static final long MAX_SECONDS = 86_400;

    /** The wait {@code header} asks for at {@code now}; empty when the header is absent or not usable. */
    public static Optional<RetryAfter> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.matches("\\d{1,18}")) {
            long seconds = Long.parseLong(value);
            return seconds > MAX_SECONDS
                    ? Optional.empty()
                    : Optional.of(new RetryAfter(Form.SECONDS, Duration.ofSeconds(seconds)));
        }
        return date(value, now).flatMap(at -> {
            Duration wait = Duration.between(now, at);
            if (wait.getSeconds() > MAX_SECONDS) {
                return Optional.empty();
            }
            return Optional.of(new RetryAfter(Form.HTTP_DATE, wait.isNegative() ? Duration.ZERO : wait));
        });
    }

    /** IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT} (a one-digit day is tolerated). */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** asctime, {@code Sun Nov  6 08:49:37 1994}, always GMT. */
    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US).withResolverStyle(ResolverStyle.STRICT);

    private static Optional<Instant> date(String value, Instant now) {
        try {
            if (value.endsWith(" GMT") && value.matches("[A-Za-z]{3}, .*")) {
                return Optional.of(ZonedDateTime.parse(value, IMF_FIXDATE).toInstant());
            }
            if (value.endsWith(" GMT") && value.matches("[A-Za-z]{6,9}, \\d\\d-.*")) {
                return Optional.of(rfc850(now)
                        .parse(value.substring(0, value.length() - 4), LocalDateTime::from)
                        .toInstant(ZoneOffset.UTC));
            }
            return Optional.of(LocalDateTime.parse(value, ASCTIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * RFC 850, {@code Sunday, 06-Nov-94 08:49:37 GMT}: a two-digit year more than 50 years ahead
     * of {@code now} is the most recent such year in the past (RFC 9110, section 5.6.7).
     */
    private static DateTimeFormatter rfc850(Instant now) {
        LocalDate base = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(49);
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, base)
                .appendPattern(" HH:mm:ss")
                .toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
