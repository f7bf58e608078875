package com.salesmachine.loadtest.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SearchPlanTest {

    /** Runs a plan against an API whose steps pass exactly while {@code holds} says so; the levels it ran. */
    private static List<Integer> search(SearchPlan plan, IntPredicate holds) {
        var levels = new ArrayList<Integer>();
        for (OptionalInt next = plan.next(); next.isPresent(); next = plan.next()) {
            int level = next.getAsInt();
            levels.add(level);
            plan.record(level, holds.test(level));
            if (levels.size() > 100) {
                throw new AssertionError("the search did not end: " + levels);
            }
        }
        return levels;
    }

    @Test
    void aSearch_doublesToTheFirstFailingStep_thenHalvesTheGapToTheResolution() {
        var plan = new SearchPlan(10, 1000, 10);
        List<Integer> levels = search(plan, users -> users <= 40);
        assertEquals(List.of(10, 20, 40, 80, 60, 50, 45, 42), levels);
        assertEquals(OptionalInt.of(42), plan.firstFailing());
        assertEquals(OptionalInt.of(40), plan.capacity());
        assertEquals(SearchPlan.End.RESOLVED, plan.end());
    }

    @Test
    void theTrueCapacity_liesBetweenTheLastPassingAndTheFirstFailingLevel_withinTheResolution() {
        for (int truth = 1; truth <= 700; truth += 7) {
            int capacity = truth;
            var plan = new SearchPlan(12, 1000, 10);
            search(plan, users -> users <= capacity);
            int found = plan.capacity().getAsInt();
            int failing = plan.firstFailing().getAsInt();
            assertTrue(found <= capacity && capacity < failing, found + " / " + failing + " around " + capacity);
            assertTrue(failing - found <= Math.max(1, found * 0.10), found + " / " + failing + " around " + capacity);
        }
    }

    @Test
    void whenTheFirstStepFails_theSearchHalvesDownward() {
        var plan = new SearchPlan(40, 1000, 10);
        List<Integer> levels = search(plan, users -> users <= 7);
        assertEquals(List.of(40, 20, 10, 5, 7, 8), levels);
        assertEquals(OptionalInt.of(7), plan.capacity());
        assertEquals(OptionalInt.of(8), plan.firstFailing());
    }

    @Test
    void whenEvenOneUserFails_theSearchEndsWithNoCapacity() {
        var plan = new SearchPlan(4, 100, 10);
        search(plan, users -> false);
        assertEquals(SearchPlan.End.FAILS_AT_ONE, plan.end());
        assertEquals(OptionalInt.empty(), plan.capacity());
        assertEquals(OptionalInt.of(1), plan.firstFailing());
    }

    @Test
    void whenTheHighestLevelPasses_theSearchEndsThere_withTheCapAsALowerBound() {
        var plan = new SearchPlan(10, 50, 10);
        assertEquals(List.of(10, 20, 40, 50), search(plan, users -> true));
        assertEquals(SearchPlan.End.CAP_PASSED, plan.end());
        assertEquals(OptionalInt.of(50), plan.capacity());
        assertEquals(OptionalInt.empty(), plan.firstFailing());
    }

    @Test
    void aStoppedSearch_offersNoNextLevel_andKeepsWhatItFound() {
        var plan = new SearchPlan(10, 1000, 10);
        plan.record(10, true);
        plan.stop(SearchPlan.End.BUDGET);
        assertEquals(OptionalInt.empty(), plan.next());
        assertEquals(OptionalInt.of(10), plan.capacity());
        assertThrows(IllegalStateException.class, () -> plan.record(20, true));
    }

    @Test
    void aPlan_refusesAStartAboveItsCap() {
        assertThrows(IllegalArgumentException.class, () -> new SearchPlan(20, 10, 10));
    }
}
