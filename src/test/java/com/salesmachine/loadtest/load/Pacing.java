package com.salesmachine.loadtest.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;

import com.salesmachine.loadtest.data.SessionKeys;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;

/**
 * Pacing: each pass of a user's work gets a slot of {@code slot}, and the user stays until the slot
 * ends (so a closed model replaces it no sooner); in its first slot it starts at an offset spread
 * evenly over the slot by its user id, so users started together do not act together. The offered
 * rate is then users / slot, evenly spread, whatever the load shape's ramp does.
 */
public record Pacing(Duration slot, long seed) {
    /** The golden ratio's fractional part: user ids times it, modulo 1, fill [0, 1) evenly. */
    static final double GOLDEN = 0.6180339887498949;

    public Pacing {
        if (slot.isNegative() || slot.isZero()) {
            throw new IllegalArgumentException("the slot must be longer than zero, was " + slot);
        }
    }

    /** {@code passes} slots, each running {@code work}; the user leaves when its last slot ends. */
    public ChainBuilder slots(int passes, ChainBuilder work) {
        return repeat(passes, SessionKeys.PACING_PASS)
                .on(
                        pace(slot, SessionKeys.PACING_SLOT),
                        doIf(session -> session.getInt(SessionKeys.PACING_PASS) == 0)
                                .then(pause(this::offset)),
                        work)
                .exec(pace(slot, SessionKeys.PACING_SLOT));
    }

    private Duration offset(Session session) {
        return offset(session.userId(), seed, slot);
    }

    /** Where in its first slot user {@code userId} starts: {@code slot} times an evenly spread fraction. */
    static Duration offset(long userId, long seed, Duration slot) {
        double shift = (seed * GOLDEN) % 1.0;
        double fraction = (userId * GOLDEN + shift) % 1.0;
        if (fraction < 0) {
            fraction += 1;
        }
        return Duration.ofMillis((long) (fraction * slot.toMillis()));
    }
}
