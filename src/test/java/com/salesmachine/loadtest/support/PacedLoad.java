package com.salesmachine.loadtest.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import com.salesmachine.loadtest.config.LoadShape;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;

/**
 * A load of a fixed number of operations: {@code users} virtual users start over the ramp-up (each
 * exactly once), and each runs its {@code passes} operations one per {@link #pace()}, so
 * {@code users x passes} operations spread evenly over the steady time. The shape's ramp-down
 * does not apply: a user's session ends with its last operation.
 */
public record PacedLoad(LoadShape shape) {
    /** How late an operation may start past the end of the steady time (when the pace is shorter). */
    static final Duration MIN_START_SLACK = Duration.ofSeconds(5);

    /** The time from one operation's start to the next of the same user; zero for a one-shot run. */
    public Duration pace() {
        if (shape.oneShot() || shape.steady().isZero()) {
            return Duration.ZERO;
        }
        return shape.steady().dividedBy(shape.passes());
    }

    /** Every operation of the run, when each user completes its passes. */
    public int operations() {
        return shape.users() * shape.passes();
    }

    /** The users started over the ramp-up, each once (open model: no user replaces another). */
    public PopulationBuilder populate(ScenarioBuilder scenario) {
        if (shape.oneShot() || shape.rampUp().isZero()) {
            return scenario.injectOpen(atOnceUsers(shape.users()));
        }
        return scenario.injectOpen(rampUsers(shape.users()).during(shape.rampUp()));
    }

    /**
     * After this much time from the start, no operation starts any more: the ramp-up and steady
     * time plus one pace (at least {@link #MIN_START_SLACK}), so a late but healthy user still
     * finishes, while a target that slows every operation cannot stretch the run.
     */
    public Duration lastStart() {
        Duration slack = pace().compareTo(MIN_START_SLACK) > 0 ? pace() : MIN_START_SLACK;
        Duration paced = shape.oneShot() ? Duration.ZERO : shape.rampUp().plus(shape.steady());
        return paced.plus(slack);
    }
}
