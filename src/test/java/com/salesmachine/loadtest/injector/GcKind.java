package com.salesmachine.loadtest.injector;

import java.util.Locale;

/**
 * What one GC notification reports, told apart by the collector's bean name and its action (as
 * {@code GarbageCollectionNotificationInfo} gives them): whether the application stood still for its
 * duration, and whether the heap used after it says how much is live.
 *
 * <p>Names seen on JDK 17 and 25: {@code G1 Young Generation} and {@code G1 Old Generation}
 * ({@code end of minor GC}, {@code end of major GC}); since JDK 20 {@code G1 Concurrent GC}
 * ({@code end of concurrent GC pause}), which despite its name reports the Remark and Cleanup
 * pauses of G1's concurrent cycle, so it counts as a pause; {@code ZGC Cycles} (JDK 17) or
 * {@code ZGC Minor Cycles} and {@code ZGC Major Cycles} (generational ZGC) with {@code end of GC cycle},
 * concurrent, and their {@code ... Pauses} beans with {@code end of GC pause}; {@code Shenandoah Cycles}
 * ({@code end of GC cycle}) and {@code Shenandoah Pauses} ({@code Init Mark}, {@code Final Mark},
 * {@code Degenerated GC}...); {@code PS Scavenge}, {@code PS MarkSweep}, {@code Copy} and
 * {@code MarkSweepCompact}, all stop-the-world. A collector this does not know counts as a pause.
 */
enum GcKind {
    /** A stop-the-world collection (G1 young, mixed and full, Parallel, Serial): a pause that reclaims. */
    COLLECTION(true, true),
    /** A stop-the-world step of a concurrent cycle: a pause, but the heap after it is mid-cycle, not what is live. */
    CYCLE_PAUSE(true, false),
    /** A concurrent cycle (ZGC, Shenandoah): the application runs meanwhile, so its length is not a pause. */
    CONCURRENT_CYCLE(false, true);

    private final boolean pause;
    private final boolean measuresLiveHeap;

    GcKind(boolean pause, boolean measuresLiveHeap) {
        this.pause = pause;
        this.measuresLiveHeap = measuresLiveHeap;
    }

    static GcKind of(String gcName, String gcAction) {
        String action = gcAction == null ? "" : gcAction.toLowerCase(Locale.ROOT);
        String name = gcName == null ? "" : gcName;
        if (action.contains("cycle") || name.endsWith("Cycles")) {
            return CONCURRENT_CYCLE;
        }
        if (name.contains("Concurrent") || name.endsWith("Pauses")) {
            return CYCLE_PAUSE;
        }
        return COLLECTION;
    }

    /** Whether the application's threads stood still for the notification's duration. */
    boolean isPause() {
        return pause;
    }

    /** Whether the heap used after it is the heap that survived a collection. */
    boolean measuresLiveHeap() {
        return measuresLiveHeap;
    }
}
