package com.salesmachine.loadtest.polling;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;

import com.salesmachine.loadtest.config.Durations;
import com.salesmachine.loadtest.data.SessionKeys;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The polling pattern: call a status endpoint until what it answers says the work is done or
 * failed, waiting a growing, jittered {@link Backoff} between calls, bounded by a number of polls
 * and by time. It fails loudly: the poll that reads a failed state, or the last poll allowed while
 * the work is still pending, is a KO with a clear message, e.g. "Polling verdict, found workflow
 * failed: status 'error'" or "Polling verdict, found workflow not finished within 15s: status
 * 'running'".
 *
 * <p>The waits are pauses: only the polls are requests, so the run's request figures are the API's
 * calls alone. A group around the polling times how long the user waited for the work: its
 * duration (start to end, pauses included) is what the report shows and the suite's SLOs judge.
 *
 * <p>Use: give the poll request (to a status endpoint that answers JSON) with the checks that save
 * what it reads, a function from the session to {@link Progress}, and the session keys those checks
 * write (cleared before polling, so an earlier round's answer is never read again). After the
 * chain, {@link #outcome} and {@link #polls} tell what happened. Never combine it with
 * {@code throttle}, which reshapes the request rate the back-off sets.
 */
public final class Polling {
    /** The name of the check that fails a poll: its error reads "Polling verdict, found workflow failed: ...". */
    static final String VERDICT_CHECK = "Polling verdict";

    private static final String ON_TRACK = "pending or done";

    /** Room past the time bound for a last poll that hangs until the request time-out. */
    static final Duration BACKSTOP_MARGIN = Duration.ofSeconds(30);

    public enum State {
        PENDING,
        DONE,
        FAILED
    }

    public enum Outcome {
        DONE,
        FAILED,
        TIMED_OUT
    }

    /** What one poll's answer says, with a short description for messages ("status 'running'"). */
    public record Progress(State state, String detail) {
        public static Progress pending(String detail) {
            return new Progress(State.PENDING, detail);
        }

        public static Progress done(String detail) {
            return new Progress(State.DONE, detail);
        }

        public static Progress failed(String detail) {
            return new Progress(State.FAILED, detail);
        }
    }

    private final String what;
    private final HttpRequestActionBuilder poll;
    private final Function<Session, Progress> progress;
    private final List<String> clearedKeys;
    private final int maxPolls;
    private final Duration maxTime;
    private final Backoff backoff;

    private Polling(
            String what,
            HttpRequestActionBuilder poll,
            Function<Session, Progress> progress,
            List<String> clearedKeys,
            int maxPolls,
            Duration maxTime,
            Backoff backoff) {
        if (maxPolls < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("polling needs at least one poll and some time");
        }
        this.what = what;
        this.poll = poll;
        this.progress = progress;
        this.clearedKeys = List.copyOf(clearedKeys);
        this.maxPolls = maxPolls;
        this.maxTime = maxTime;
        this.backoff = backoff;
    }

    /**
     * Polls with {@code poll} (whose checks save what it reads) until {@code progress} says done or
     * failed; {@code what} names the work in messages. Bounds default to 60 polls and 15 s.
     */
    public static Polling of(String what, HttpRequestActionBuilder poll, Function<Session, Progress> progress) {
        return new Polling(what, poll, progress, List.of(), 60, Duration.ofSeconds(15), Backoff.DEFAULT);
    }

    /** Session keys the poll's checks write, removed before the first poll. */
    public Polling clearing(String... keys) {
        return new Polling(what, poll, progress, List.of(keys), maxPolls, maxTime, backoff);
    }

    /** Gives up after {@code polls} polls or once {@code time} has passed, whichever comes first. */
    public Polling bounded(int polls, Duration time) {
        return new Polling(what, poll, progress, clearedKeys, polls, time, backoff);
    }

    public Polling backoff(Backoff value) {
        return new Polling(what, poll, progress, clearedKeys, maxPolls, maxTime, value);
    }

    /** How the last polling of this session ended; empty while it runs or before any. */
    public static Optional<Outcome> outcome(Session session) {
        return session.contains(SessionKeys.POLL_OUTCOME)
                ? Optional.of(Outcome.valueOf(session.getString(SessionKeys.POLL_OUTCOME)))
                : Optional.empty();
    }

    /** How many polls the last polling of this session sent. */
    public static int polls(Session session) {
        return session.contains(SessionKeys.POLL_COUNT) ? session.getInt(SessionKeys.POLL_COUNT) : 0;
    }

    /** The message of a failed state. */
    public String failedMessage(Progress p) {
        return what + " failed: " + p.detail();
    }

    /** The message of a time-out; {@code byCount} says the poll count, not the time, ran out. */
    public String timeoutMessage(Progress p, boolean byCount) {
        String bound = byCount ? "after " + maxPolls + " polls" : "within " + Durations.format(maxTime);
        return what + " not finished " + bound + ": " + p.detail();
    }

    /** The polling, to place right after the call that starts the work, inside the group that times it. */
    public ChainBuilder chain() {
        // Gatling runs a request's checks by kind (status, headers, then body) and in order within a
        // kind: this body check, added last, judges the session the poll's own checks have written.
        HttpRequestActionBuilder judged = poll.check(jsonPath("$")
                .transformWithSession((body, session) -> verdict(session))
                .is(ON_TRACK)
                .name(VERDICT_CHECK));
        return exec(this::begin)
                .asLongAsDuring(session -> !session.contains(SessionKeys.POLL_OUTCOME), maxTime.plus(BACKSTOP_MARGIN))
                .on(exec(this::planNextPoll), pause(this::delay), exec(judged), exec(this::afterPoll))
                .exec(this::backstop);
    }

    private Session begin(Session session) {
        Session s = session.remove(SessionKeys.POLL_OUTCOME);
        for (String key : clearedKeys) {
            s = s.remove(key);
        }
        return s.set(SessionKeys.POLL_COUNT, 0)
                .set(SessionKeys.POLL_DEADLINE, System.currentTimeMillis() + maxTime.toMillis());
    }

    /** The wait before the next poll, cut so that the last poll falls on the deadline. */
    private Session planNextPoll(Session session) {
        int count = session.getInt(SessionKeys.POLL_COUNT);
        long remaining = session.getLong(SessionKeys.POLL_DEADLINE) - System.currentTimeMillis();
        int delay = backoff.delayMillis(count, ThreadLocalRandom.current());
        boolean outOfTime = delay >= remaining;
        boolean outOfPolls = count + 1 >= maxPolls;
        return session.set(SessionKeys.POLL_DELAY_MS, (int) Math.max(0, Math.min(delay, remaining)))
                .set(SessionKeys.POLL_LAST, outOfTime || outOfPolls)
                .set(SessionKeys.POLL_BY_COUNT, outOfPolls && !outOfTime);
    }

    private Duration delay(Session session) {
        return Duration.ofMillis(session.getInt(SessionKeys.POLL_DELAY_MS));
    }

    /** The failure message this poll's answer deserves, or {@link #ON_TRACK}. */
    private String verdict(Session session) {
        Progress p = progress.apply(session);
        if (p.state() == State.FAILED) {
            return failedMessage(p);
        }
        if (p.state() == State.PENDING && session.getBoolean(SessionKeys.POLL_LAST)) {
            return timeoutMessage(p, session.getBoolean(SessionKeys.POLL_BY_COUNT));
        }
        return ON_TRACK;
    }

    private Session afterPoll(Session session) {
        Session s = session.set(SessionKeys.POLL_COUNT, session.getInt(SessionKeys.POLL_COUNT) + 1);
        Outcome outcome = switch (progress.apply(session).state()) {
            case DONE -> Outcome.DONE;
            case FAILED -> Outcome.FAILED;
            case PENDING -> session.getBoolean(SessionKeys.POLL_LAST) ? Outcome.TIMED_OUT : null;
        };
        return outcome == null ? s : s.set(SessionKeys.POLL_OUTCOME, outcome.name());
    }

    /** Only when the loop's own time limit stopped it (a poll hung far past the bound): still a failure. */
    private Session backstop(Session session) {
        if (session.contains(SessionKeys.POLL_OUTCOME)) {
            return session;
        }
        return session.set(SessionKeys.POLL_OUTCOME, Outcome.TIMED_OUT.name()).markAsFailed();
    }
}
