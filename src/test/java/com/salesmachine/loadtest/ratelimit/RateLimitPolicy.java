package com.salesmachine.loadtest.ratelimit;

import com.salesmachine.loadtest.config.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a well-mannered client does with each answer to a rate-limited call: accept it; on 429 wait
 * exactly what {@code Retry-After} says (seconds or HTTP-date; for 0, a short jittered wait, see
 * {@link #RETRY_NOW}), or, without a usable one, a {@link FullJitterBackoff}; and give up once {@code maxAttempts} calls were refused or the next
 * wait would take the waiting past {@code maxWait}. Any other status is an error, not throttling.
 */
public record RateLimitPolicy(int acceptedStatus, int maxAttempts, Duration maxWait, FullJitterBackoff backoff) {

    public static final int TOO_MANY_REQUESTS = 429;

    /**
     * The wait for a {@code Retry-After} of {@code 0} (or a date already past): a short full-jitter
     * back-off, 100 ms doubling per attempt up to 1 s. A fixed-window limiter that rounds the time to
     * its reset down says 0 for the last second of a window; retrying at once would meet the same
     * window again and again and spend every attempt in a burst. Never sooner than advised.
     */
    static final FullJitterBackoff RETRY_NOW = new FullJitterBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));

    public RateLimitPolicy {
        if (maxAttempts < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("need at least one attempt and a wait cap >= 0");
        }
    }

    /** Where the wait of a retry came from. */
    public enum WaitSource {
        RETRY_AFTER_SECONDS,
        RETRY_AFTER_DATE,
        /** No Retry-After header: back-off. */
        BACKOFF_NO_HEADER,
        /** A Retry-After header that could not be read: back-off. */
        BACKOFF_MALFORMED
    }

    public enum Kind {
        ACCEPTED,
        RETRY,
        GIVE_UP,
        ERROR
    }

    /**
     * The decision on one answer: for a 429, where its wait came from and that wait ({@code delay}; for a give-up,
     * the wait it would have needed); a message for a give-up or an error.
     */
    public record Decision(Kind kind, Optional<WaitSource> source, Duration delay, String message) {
        static Decision accepted() {
            return new Decision(Kind.ACCEPTED, Optional.empty(), Duration.ZERO, "");
        }

        static Decision error(String message) {
            return new Decision(Kind.ERROR, Optional.empty(), Duration.ZERO, message);
        }
    }

    /**
     * Decides on attempt number {@code attempt} (1 is the first call) that answered {@code status}
     * with {@code retryAfter} (null when absent), after {@code waited} spent waiting so far.
     */
    public Decision decide(
            int status, String retryAfter, int attempt, Duration waited, Instant now, RandomGenerator random) {
        if (status == acceptedStatus) {
            return Decision.accepted();
        }
        if (status != TOO_MANY_REQUESTS) {
            return Decision.error("HTTP " + status + ", expected " + acceptedStatus + " or " + TOO_MANY_REQUESTS);
        }
        Optional<RetryAfter> advised = RetryAfter.parse(retryAfter, now);
        WaitSource source;
        Duration wait;
        if (advised.isPresent()) {
            source = advised.get().form() == RetryAfter.Form.SECONDS
                    ? WaitSource.RETRY_AFTER_SECONDS
                    : WaitSource.RETRY_AFTER_DATE;
            wait = advised.get().delay();
            if (wait.isZero()) {
                wait = RETRY_NOW.delay(attempt, random);
            }
        } else {
            source = retryAfter == null || retryAfter.isBlank()
                    ? WaitSource.BACKOFF_NO_HEADER
                    : WaitSource.BACKOFF_MALFORMED;
            wait = backoff.delay(attempt, random);
        }
        if (attempt >= maxAttempts) {
            return new Decision(
                    Kind.GIVE_UP,
                    Optional.of(source),
                    wait,
                    "still throttled (429) after " + maxAttempts + " attempts, the cap; giving up");
        }
        if (waited.plus(wait).compareTo(maxWait) > 0) {
            return new Decision(
                    Kind.GIVE_UP,
                    Optional.of(source),
                    wait,
                    "still throttled (429); the next wait would pass the cap of " + Durations.format(maxWait)
                            + " waiting in all; giving up");
        }
        return new Decision(Kind.RETRY, Optional.of(source), wait, "");
    }
}
