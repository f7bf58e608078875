package com.salesmachine.loadtest.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.results.WorkIntent;
import com.salesmachine.loadtest.settings.SettingException;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A load of a fixed number of operations: {@code users} virtual users start over the ramp-up (each
 * exactly once), prepare (log in, create what their operations need), then run their
 * {@code passes} operations one per {@link #pace()}, so {@code users x passes} operations spread
 * evenly over the steady time. A user's operations are due from when it is ready, not from the
 * run's start: operation {@code n} is due {@code n} paces after its preparation ended. The shape's
 * ramp-down does not apply: a user's session ends with its last operation.
 *
 * <p>{@code preparationLimit} is the longest one user's preparation can take (its requests, each
 * bounded by the request time-out): the room a one-shot run leaves before its operations.
 */
public record PacedLoad(LoadShape shape, Duration preparationLimit) {
    /** The work line of the operations that started. */
    public static final String OPERATIONS_STARTED = "operations started";

    /** The least an operation may start late (when the pace is shorter). */
    static final Duration MIN_START_SLACK = Duration.ofSeconds(5);

    /**
     * A paced load has one level: its users' operations are spread evenly over the steady time, so
     * a staged shape (stress, spike) is refused, as bad input, before any load.
     */
    public PacedLoad {
        if (shape.staged()) {
            throw new SettingException(
                    "profile",
                    "a staged profile (stress, spike) changes a closed load's users level by level; this"
                            + " simulation's open, paced load runs at one level: use smoke, quick, load or peak");
        }
    }

    /** The time from one operation's start to the next of the same user; zero for a one-shot run. */
    public Duration pace() {
        if (shape.oneShot() || shape.steady().isZero()) {
            return Duration.ZERO;
        }
        return shape.steady().dividedBy(shape.passes());
    }

    /**
     * How late past when it is due an operation may still start: one pace, at least
     * {@link #MIN_START_SLACK}. It is also how late past the ramp-up the last user may be ready and
     * still run its whole plan.
     */
    public Duration startSlack() {
        return pace().compareTo(MIN_START_SLACK) > 0 ? pace() : MIN_START_SLACK;
    }

    /** Every operation of the run, when each user completes its passes. */
    public int operations() {
        return shape.users() * shape.passes();
    }

    /** The run's intended operations against those that started ({@code notStarted} counts the others). */
    public WorkIntent operationsStarted(LongSupplier notStarted) {
        return WorkIntent.counted(
                OPERATIONS_STARTED, "operations", operations(), () -> operations() - notStarted.getAsLong());
    }

    /** The users started over the ramp-up, each once (open model: no user replaces another). */
    public PopulationBuilder populate(ScenarioBuilder scenario) {
        if (shape.oneShot() || shape.rampUp().isZero()) {
            return scenario.injectOpen(atOnceUsers(shape.users()));
        }
        return scenario.injectOpen(rampUsers(shape.users()).during(shape.rampUp()));
    }

    /**
     * After this much time from the start, no operation starts any more, however late its user got
     * ready, so a target that slows every request cannot stretch the run past its bound. For a paced
     * load: the last operation of a user started at the end of the ramp-up and ready one
     * {@link #startSlack()} later, itself one slack late. For a one-shot run, whose operations always
     * start (a functional check must not depend on the target's speed): the longest preparation.
     */
    public Duration lastStart() {
        if (shape.oneShot()) {
            return preparationLimit;
        }
        Duration lastDue = shape.rampUp().plus(startSlack()).plus(pace().multipliedBy(shape.passes() - 1L));
        return lastDue.plus(startSlack());
    }
}
