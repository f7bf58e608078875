package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.results.Comparison.Kind;
import com.salesmachine.loadtest.results.Comparison.Row;
import com.salesmachine.loadtest.results.Comparison.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private final Thresholds defaults = Thresholds.defaults();

    @Test
    void compare_flagsRegression_whenP95GrowsPastBothThresholds() {
        assertTrue(defaults.isRegression(108, 308));
        assertTrue(defaults.isRegression(200, 251), "51 ms and 25.5 %");
    }

    @Test
    void compare_doesNotFlag_whenGrowthIsUnderTheAbsoluteThreshold() {
        assertFalse(defaults.isRegression(100, 140), "40 ms is 40 % but under 50 ms");
        assertFalse(defaults.isRegression(100, 150), "exactly 50 ms is not more than 50 ms");
    }

    @Test
    void compare_doesNotFlag_whenGrowthIsUnderTheRelativeThreshold() {
        assertFalse(defaults.isRegression(1000, 1060), "60 ms is only 6 %");
        assertFalse(defaults.isRegression(1000, 1200), "exactly 20 % is not more than 20 %");
    }

    @Test
    void compare_doesNotFlag_whenP95Shrinks() {
        assertFalse(defaults.isRegression(900, 100));
    }

    @Test
    void compare_flagsGrowthFromZero_pastTheAbsoluteThreshold() {
        assertTrue(defaults.isRegression(0, 51));
        assertFalse(defaults.isRegression(0, 50));
    }

    @Test
    void compare_callsPathsNewOrGone_butNeverRegressions() {
        var baseline = new PathP95s(map("A", 100L, "Gone", 100L), map("G", 1000L));
        var current = new PathP95s(map("A", 400L, "New", 9000L), map("G", 1010L));

        Comparison comparison = Comparison.of(baseline, current, defaults);

        assertEquals(
                List.of(
                        new Row(Kind.REQUEST, "A", 100L, 400L, Verdict.REGRESSION),
                        new Row(Kind.REQUEST, "New", null, 9000L, Verdict.NEW),
                        new Row(Kind.REQUEST, "Gone", 100L, null, Verdict.GONE),
                        new Row(Kind.GROUP, "G", 1000L, 1010L, Verdict.OK)),
                comparison.rows());
        assertEquals(
                List.of("A"), comparison.regressions().stream().map(Row::path).toList());
    }

    @Test
    void medianOfRuns_takesTheMiddleP95PerPath_andTheMeanOfTheMiddleTwoWhenEven() {
        assertEquals(200, PathP95s.medianOf(List.of(300L, 100L, 200L)));
        assertEquals(150, PathP95s.medianOf(List.of(100L, 200L)));
        assertEquals(151, PathP95s.medianOf(List.of(100L, 201L)), "rounded half up");
        assertEquals(7, PathP95s.medianOf(List.of(7L)));
    }

    private static Map<String, Long> map(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return map;
    }
}
