package com.salesmachine.loadtest.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static StepResult step(int level, boolean passed, long meanMs, Map<String, Double> components) {
        return new StepResult(
                level,
                passed ? "PASS" : "FAIL",
                null,
                null,
                10,
                meanMs,
                meanMs,
                meanMs,
                meanMs,
                0,
                components,
                null,
                null,
                List.of(),
                false,
                "steps/" + level,
                20);
    }

    @Test
    void aComponentThatGrowsOutOfProportion_isNamed_betweenTheStepsWhereItGrewMost() {
        var steps = List.of(
                step(40, true, 60, Map.of("pool wait", 0.0, "db", 50.0)),
                step(120, true, 80, Map.of("pool wait", 20.0, "db", 52.0)),
                step(160, false, 480, Map.of("pool wait", 400.0, "db", 55.0)),
                step(140, true, 200, Map.of("pool wait", 130.0, "db", 53.0)));
        Attribution.Finding finding = Attribution.of(steps, "users");
        assertEquals(Optional.of("pool wait"), finding.component());
        assertEquals(
                "Pool wait rose from 130 ms to 400 ms between 140 and 160 users: the database connection pool"
                        + " saturates first.",
                finding.text());
    }

    @Test
    void whenNoComponentExplainsTheRise_itSaysItCannotTell() {
        var steps = List.of(
                step(10, true, 50, Map.of("pool wait", 0.0, "db", 40.0)),
                step(20, false, 900, Map.of("pool wait", 1.0, "db", 45.0)));
        Attribution.Finding finding = Attribution.of(steps, "users");
        assertEquals(Optional.empty(), finding.component());
        assertTrue(finding.text().startsWith("Cannot tell which component gives way first"), finding.text());
        assertTrue(finding.text().contains("50 ms -> 900 ms"), finding.text());
    }

    @Test
    void withoutAnyComponentTimes_itSaysTheApiReportedNone() {
        var steps = List.of(step(10, true, 50, Map.of()), step(20, false, 900, Map.of()));
        Attribution.Finding finding = Attribution.of(steps, "users");
        assertEquals(Optional.empty(), finding.component());
        assertTrue(finding.text().contains("no Server-Timing"), finding.text());
    }

    @Test
    void aWorkflowsWaitForASlot_isNamed_evenThoughItIsNotPartOfARequest() {
        var steps = List.of(
                step(10, true, 20, Map.of("N8N slot wait", 0.0, "N8N execution", 2000.0)),
                step(40, false, 22, Map.of("N8N slot wait", 6000.0, "N8N execution", 2000.0)));
        Attribution.Finding finding = Attribution.of(steps, "users");
        assertEquals(Optional.of("N8N slot wait"), finding.component());
        assertTrue(finding.text().endsWith("N8N's execution slots saturate first (executions wait for a free slot)."));
    }

    @Test
    void withOneStep_thereIsNothingToCompare() {
        Attribution.Finding finding = Attribution.of(List.of(step(10, false, 50, Map.of("db", 1.0))), "users");
        assertEquals(Optional.empty(), finding.component());
        assertTrue(finding.text().contains("fewer than two steps"), finding.text());
    }
}
