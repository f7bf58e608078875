package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowTallyTest {
    private static final double[] RANKS = {50, 75, 95, 99};

    @Test
    void percentiles_areTheNearestRanks_ofEveryRecord() {
        var path = new WindowTally.Path();
        var random = new Random(7);
        List<Integer> times = new ArrayList<>();
        for (int i = 0; i < 5_001; i++) {
            int time = random.nextInt(3_000) + (i % 97 == 0 ? 40_000 : 0);
            times.add(time);
            path.add(i, time, true);
        }
        Collections.sort(times);
        for (double rank : new double[] {0, 1, 50, 75, 95, 99, 99.9, 100}) {
            int index = Math.max(0, (int) Math.ceil(rank / 100 * times.size()) - 1);
            assertEquals((long) times.get(index), path.rank(rank), "p" + rank);
        }
    }

    @Test
    void moments_followGatlingsRules() {
        var path = new WindowTally.Path();
        path.add(0, 10, true);
        path.add(0, 20, false);
        path.add(0, 41, true);
        RunSummary.Stats stats = path.stats(RANKS, 2);
        assertEquals(3, stats.count());
        assertEquals(2, stats.ok());
        assertEquals(1, stats.ko());
        assertEquals(33.33, stats.koPercent());
        assertEquals(1.5, stats.throughputRps(), "three over two seconds");
        assertEquals(10, stats.min());
        assertEquals(41, stats.max());
        assertEquals(24, stats.mean(), "71 / 3 rounded");
        assertEquals(13, stats.stdDev(), "the population deviation, rounded");
        assertEquals(20, stats.p50());
        assertEquals(41, stats.p99());
    }

    @Test
    void aWindow_holdsRecordsThatStartedInIt_andOrdersPathsByTheirFirstStart() {
        var tally = new WindowTally(1_000, 3_500, 2, 1, RANKS);
        assertFalse(tally.holds(999));
        assertTrue(tally.holds(1_000));
        assertFalse(tally.holds(3_500));
        var log = new SimulationLog(
                java.nio.file.Path.of("simulation.log"),
                new SimulationLog.Run("3.15.1", "Sim", 0, "", List.of("s")),
                List.of(
                        new SimulationLog.RequestName(List.of(), "Late"),
                        new SimulationLog.RequestName(List.of("G"), "Early")),
                List.of(List.of("G")),
                List.of(),
                new SimulationLog.Columns(),
                false);
        tally.request(0, 2_000, 5, true);
        tally.request(1, 1_500, 7, true);
        GatlingRunReader.View view = tally.view(log);
        assertEquals(
                List.of("G / Early", "Late"),
                view.requests().stream().map(RunSummary.PathStats::path).toList());
        assertEquals(0, view.groups().get(0).stats().count(), "a group none of whose own records started here");
        assertEquals(0.67, view.global().throughputRps(), "two over the window's 2.5 s, counted as 3");
    }
}
