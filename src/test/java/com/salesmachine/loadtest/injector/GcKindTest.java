package com.salesmachine.loadtest.injector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcKindTest {

    /** Bean names and actions as JDK 17 and JDK 25 send them, and what each one is. */
    @Test
    void everyCollectorOfJdk17And25_isTold_aPauseOrAConcurrentCycle() {
        record Row(String name, String action, GcKind kind) {}
        var rows = List.of(
                new Row("G1 Young Generation", "end of minor GC", GcKind.COLLECTION),
                new Row("G1 Old Generation", "end of major GC", GcKind.COLLECTION),
                // JDK 20+: G1's Remark and Cleanup, stop-the-world steps of its concurrent cycle.
                new Row("G1 Concurrent GC", "end of concurrent GC pause", GcKind.CYCLE_PAUSE),
                new Row("ZGC Cycles", "end of GC cycle", GcKind.CONCURRENT_CYCLE),
                new Row("ZGC Pauses", "end of GC pause", GcKind.CYCLE_PAUSE),
                new Row("ZGC Minor Cycles", "end of GC cycle", GcKind.CONCURRENT_CYCLE),
                new Row("ZGC Major Cycles", "end of GC cycle", GcKind.CONCURRENT_CYCLE),
                new Row("ZGC Minor Pauses", "end of GC pause", GcKind.CYCLE_PAUSE),
                new Row("ZGC Major Pauses", "end of GC pause", GcKind.CYCLE_PAUSE),
                new Row("Shenandoah Cycles", "end of GC cycle", GcKind.CONCURRENT_CYCLE),
                new Row("Shenandoah Pauses", "Init Mark", GcKind.CYCLE_PAUSE),
                new Row("Shenandoah Pauses", "Degenerated GC", GcKind.CYCLE_PAUSE),
                new Row("PS Scavenge", "end of minor GC", GcKind.COLLECTION),
                new Row("PS MarkSweep", "end of major GC", GcKind.COLLECTION),
                new Row("Copy", "end of minor GC", GcKind.COLLECTION),
                new Row("MarkSweepCompact", "end of major GC", GcKind.COLLECTION),
                new Row("Some Future Collector", "end of something", GcKind.COLLECTION));
        for (Row row : rows) {
            assertEquals(row.kind, GcKind.of(row.name, row.action), row.name + " / " + row.action);
        }
    }

    @Test
    void aConcurrentCycle_isNoPause_butMeasuresTheLiveHeap_aCyclesPauseTheReverse() {
        assertFalse(GcKind.CONCURRENT_CYCLE.isPause());
        assertTrue(GcKind.CONCURRENT_CYCLE.measuresLiveHeap());
        assertTrue(GcKind.CYCLE_PAUSE.isPause());
        assertFalse(GcKind.CYCLE_PAUSE.measuresLiveHeap());
        assertTrue(GcKind.COLLECTION.isPause());
        assertTrue(GcKind.COLLECTION.measuresLiveHeap());
    }

    @Test
    void theListener_keepsPausesOnly_andTheHighestHeapAfterACollection_untilTaken() {
        var listener = new GcListener(java.util.Set.of("heap"));
        listener.record(GcKind.COLLECTION, 12, 300);
        listener.record(GcKind.CONCURRENT_CYCLE, 900, 200);
        listener.record(GcKind.CYCLE_PAUSE, 3, 990);

        assertEquals(List.of(12L, 3L), listener.drainPauses());
        assertEquals(List.of(), listener.drainPauses());
        assertEquals(300, listener.takeHeapAfterGc());
        // No collection since: the latest one's heap still stands.
        assertEquals(200, listener.takeHeapAfterGc());
        assertEquals(-1, new GcListener(java.util.Set.of()).takeHeapAfterGc());
    }
}
