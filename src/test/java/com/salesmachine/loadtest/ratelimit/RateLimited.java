package com.salesmachine.loadtest.ratelimit;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.Decision;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.Kind;
import com.salesmachine.loadtest.ratelimit.RateLimitPolicy.WaitSource;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rate-limit pattern: send a call that a rate limit may refuse with 429, and retry it the way a
 * well-mannered client does ({@link RateLimitPolicy}): wait exactly what {@code Retry-After} says,
 * else back off with full jitter; give up at the cap of attempts or of waiting.
 *
 * <p>A handled 429 is not an error: the call's own checks must accept it ({@code
 * status().in(202, 429)}), so it is an OK request, and the wait before the retry is a pause. Only the
 * 429 on which the pattern gives up is a KO, with a message that says why ("Rate-limit verdict,
 * found enrichment still throttled (429) after 5 attempts, ..."); any other status fails the call's
 * own status check. So Gatling's error rate counts failures after retries and real errors, never
 * handled throttling. Not {@code tryMax}: that retries at once and logs every attempt as a KO.
 *
 * <p>After the chain, {@link #outcome}, {@link #attempts}, {@link #throttles} and {@link #waited}
 * tell what happened. Every 429 is counted in the run's metrics as {@value #THROTTLED}, by where its
 * wait came from.
 */
public final class RateLimited {
    public static final String VERDICT_CHECK = "Rate-limit verdict";
    public static final String THROTTLED = "429s received";

    /** Each 429 by where the wait before its retry came from. */
    public static final Map<WaitSource, String> THROTTLED_BY_SOURCE = Map.of(
            WaitSource.RETRY_AFTER_SECONDS, "429s with Retry-After in seconds",
            WaitSource.RETRY_AFTER_DATE, "429s with Retry-After as an HTTP-date",
            WaitSource.BACKOFF_NO_HEADER, "429s without Retry-After (back-off)",
            WaitSource.BACKOFF_MALFORMED, "429s with a malformed Retry-After (back-off)");

    /** Room past the cap of waiting for the calls themselves (each bounded by the request time-out). */
    static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(30);

    private static final String ON_TRACK = "accepted, retrying or an error status";
    private static final String RETRY_AFTER = "Retry-After";
    /** Stands for an absent header: checks cannot carry null. */
    private static final String ABSENT = "";

    public enum Outcome {
        /** Accepted at the first call. */
        ACCEPTED,
        THROTTLED_THEN_ACCEPTED,
        FAILED_AFTER_RETRIES,
        /** Neither accepted nor 429: an error status, no answer, or a check of the call failed. */
        ERROR
    }

    private final String what;
    private final HttpRequestActionBuilder call;
    private final RateLimitPolicy policy;
    private final RunMetrics metrics;

    private RateLimited(String what, HttpRequestActionBuilder call, RateLimitPolicy policy, RunMetrics metrics) {
        this.what = what;
        this.call = call;
        this.policy = policy;
        this.metrics = metrics;
        // Shown as 0 in the report rather than left out when nothing was throttled.
        metrics.count(THROTTLED, 0);
    }

    /**
     * Sends {@code call} (whose checks accept the policy's accepted status and 429) under {@code
     * policy}; {@code what} names the work in messages.
     */
    public static RateLimited of(
            String what, HttpRequestActionBuilder call, RateLimitPolicy policy, RunMetrics metrics) {
        return new RateLimited(what, call, policy, metrics);
    }

    public static Optional<Outcome> outcome(Session session) {
        return session.contains(SessionKeys.RATE_LIMIT_OUTCOME)
                ? Optional.of(Outcome.valueOf(session.getString(SessionKeys.RATE_LIMIT_OUTCOME)))
                : Optional.empty();
    }

    /** Calls sent, the first included. */
    public static int attempts(Session session) {
        return session.contains(SessionKeys.RATE_LIMIT_ATTEMPT) ? session.getInt(SessionKeys.RATE_LIMIT_ATTEMPT) : 0;
    }

    /** 429s received. */
    public static int throttles(Session session) {
        return session.contains(SessionKeys.RATE_LIMIT_THROTTLES)
                ? session.getInt(SessionKeys.RATE_LIMIT_THROTTLES)
                : 0;
    }

    /** Time spent waiting before retries. */
    public static Duration waited(Session session) {
        return session.contains(SessionKeys.RATE_LIMIT_WAITED_MS)
                ? Duration.ofMillis(session.getLong(SessionKeys.RATE_LIMIT_WAITED_MS))
                : Duration.ZERO;
    }

    public ChainBuilder chain() {
        // Gatling runs a request's checks by kind (status, headers, then body) and in order within
        // a kind: once the status is saved, the first header check takes the decision from it and
        // Retry-After, and the second fails the call on a give-up, with the reason as what it found.
        HttpRequestActionBuilder judged = call.check(
                status().saveAs(SessionKeys.RATE_LIMIT_STATUS),
                header(RETRY_AFTER)
                        .withDefault(ABSENT)
                        .transformWithSession((retryAfter, session) -> decide(session, retryAfter))
                        .saveAs(SessionKeys.RATE_LIMIT_DECISION),
                header(RETRY_AFTER)
                        .withDefault(ABSENT)
                        .transformWithSession((retryAfter, session) -> verdict(session))
                        .is(ON_TRACK)
                        .name(VERDICT_CHECK));
        return exec(this::begin)
                .asLongAsDuring(
                        session -> !session.contains(SessionKeys.RATE_LIMIT_OUTCOME),
                        policy.maxWait().plus(BACKSTOP_MARGIN))
                .on(
                        exec(this::beforeCall),
                        exec(judged),
                        exec(this::afterCall),
                        doIf(session -> session.contains(SessionKeys.RATE_LIMIT_NEXT_WAIT_MS))
                                .then(pause(session ->
                                        Duration.ofMillis(session.getLong(SessionKeys.RATE_LIMIT_NEXT_WAIT_MS)))))
                .exec(this::backstop);
    }

    private Session begin(Session session) {
        return session.remove(SessionKeys.RATE_LIMIT_OUTCOME)
                .set(SessionKeys.RATE_LIMIT_ATTEMPT, 0)
                .set(SessionKeys.RATE_LIMIT_THROTTLES, 0)
                .set(SessionKeys.RATE_LIMIT_WAITED_MS, 0L);
    }

    private Session beforeCall(Session session) {
        return session.remove(SessionKeys.RATE_LIMIT_STATUS)
                .remove(SessionKeys.RATE_LIMIT_DECISION)
                .remove(SessionKeys.RATE_LIMIT_NEXT_WAIT_MS)
                .set(SessionKeys.RATE_LIMIT_ATTEMPT, attempts(session) + 1);
    }

    private Decision decide(Session session, String retryAfter) {
        if (!session.contains(SessionKeys.RATE_LIMIT_STATUS)) {
            return Decision.error("no status");
        }
        return policy.decide(
                session.getInt(SessionKeys.RATE_LIMIT_STATUS),
                retryAfter.equals(ABSENT) ? null : retryAfter,
                attempts(session),
                waited(session),
                Instant.ofEpochMilli(System.currentTimeMillis()),
                ThreadLocalRandom.current());
    }

    /** The failure message a give-up deserves, or {@link #ON_TRACK}: an error status fails the call's own checks. */
    private String verdict(Session session) {
        Decision decision = session.get(SessionKeys.RATE_LIMIT_DECISION);
        return decision != null && decision.kind() == Kind.GIVE_UP ? what + " " + decision.message() : ON_TRACK;
    }

    private Session afterCall(Session session) {
        Decision decision = session.contains(SessionKeys.RATE_LIMIT_DECISION)
                ? session.get(SessionKeys.RATE_LIMIT_DECISION)
                : Decision.error("no answer");
        boolean throttled = session.contains(SessionKeys.RATE_LIMIT_STATUS)
                && session.getInt(SessionKeys.RATE_LIMIT_STATUS) == RateLimitPolicy.TOO_MANY_REQUESTS;
        Session s = session;
        if (throttled) {
            s = s.set(SessionKeys.RATE_LIMIT_THROTTLES, throttles(s) + 1);
            metrics.count(THROTTLED, 1);
            decision.source().ifPresent(source -> metrics.count(THROTTLED_BY_SOURCE.get(source), 1));
        }
        return switch (decision.kind()) {
            case ACCEPTED -> finish(s, throttles(s) == 0 ? Outcome.ACCEPTED : Outcome.THROTTLED_THEN_ACCEPTED);
            case RETRY ->
                s.set(SessionKeys.RATE_LIMIT_NEXT_WAIT_MS, decision.delay().toMillis())
                        .set(
                                SessionKeys.RATE_LIMIT_WAITED_MS,
                                waited(s).plus(decision.delay()).toMillis());
            case GIVE_UP -> finish(s, Outcome.FAILED_AFTER_RETRIES);
            case ERROR -> finish(s, Outcome.ERROR);
        };
    }

    private static Session finish(Session session, Outcome outcome) {
        return session.set(SessionKeys.RATE_LIMIT_OUTCOME, outcome.name());
    }

    /** Only when the loop's own time limit stopped it (calls hung far past the cap): a failure too. */
    private Session backstop(Session session) {
        if (session.contains(SessionKeys.RATE_LIMIT_OUTCOME)) {
            return session;
        }
        return finish(session, Outcome.FAILED_AFTER_RETRIES).markAsFailed();
    }
}
