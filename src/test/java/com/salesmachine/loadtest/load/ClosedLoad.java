package com.salesmachine.loadtest.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;

import com.salesmachine.loadtest.config.LoadShape;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed model: {@code users} is the number of concurrent virtual users, ramped up, held for the
 * steady time and ramped down; a user whose session ends is replaced while the steady state lasts.
 * A staged shape (stress, spike) holds each of its levels in turn, ramping (or stepping) from one
 * to the next. A one-shot shape (smoke) starts its users at once.
 */
public final class ClosedLoad {
    private ClosedLoad() {}

    public static PopulationBuilder populate(LoadShape shape, ScenarioBuilder scenario) {
        if (shape.oneShot()) {
            return scenario.injectOpen(atOnceUsers(shape.users()));
        }
        return scenario.injectClosed(steps(shape).toArray(ClosedInjectionStep[]::new));
    }

    /** The injection steps of a shape that is not one-shot. */
    static List<ClosedInjectionStep> steps(LoadShape shape) {
        var steps = new ArrayList<ClosedInjectionStep>();
        if (!shape.rampUp().isZero()) {
            steps.add(rampConcurrentUsers(0).to(shape.users()).during(shape.rampUp()));
        }
        int last = shape.users();
        if (shape.staged()) {
            for (LoadShape.Level level : shape.levels()) {
                Duration ramp = level.holdFrom().minus(level.from());
                if (!ramp.isZero()) {
                    steps.add(rampConcurrentUsers(last).to(level.users()).during(ramp));
                }
                Duration hold = level.to().minus(level.holdFrom());
                if (!hold.isZero()) {
                    steps.add(constantConcurrentUsers(level.users()).during(hold));
                }
                last = level.users();
            }
        } else {
            steps.add(constantConcurrentUsers(shape.users()).during(shape.steady()));
        }
        if (!shape.rampDown().isZero()) {
            steps.add(rampConcurrentUsers(last).to(0).during(shape.rampDown()));
        }
        return steps;
    }
}
