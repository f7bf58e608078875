package com.salesmachine.loadtest.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;

import com.salesmachine.loadtest.config.LoadShape;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.ArrayList;

/**
 * A closed model: {@code users} is the number of concurrent virtual users, ramped up, held for the
 * steady time and ramped down; a user whose session ends is replaced while the steady state lasts.
 * A one-shot shape (smoke) starts its users at once.
 */
public final class ClosedLoad {
    private ClosedLoad() {}

    public static PopulationBuilder populate(LoadShape shape, ScenarioBuilder scenario) {
        if (shape.oneShot()) {
            return scenario.injectOpen(atOnceUsers(shape.users()));
        }
        var steps = new ArrayList<ClosedInjectionStep>();
        if (!shape.rampUp().isZero()) {
            steps.add(rampConcurrentUsers(0).to(shape.users()).during(shape.rampUp()));
        }
        steps.add(constantConcurrentUsers(shape.users()).during(shape.steady()));
        if (!shape.rampDown().isZero()) {
            steps.add(rampConcurrentUsers(shape.users()).to(0).during(shape.rampDown()));
        }
        return scenario.injectClosed(steps.toArray(ClosedInjectionStep[]::new));
    }
}
