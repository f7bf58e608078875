package com.salesmachine.loadtest.injector;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Listens to this JVM's GC notifications and keeps, until the monitor's next reading, every pause's
 * duration and the heap used after the collections ({@link GcKind} tells pauses and concurrent cycles apart).
 */
final class GcListener implements NotificationListener {
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final ConcurrentLinkedQueue<Long> pauses = new ConcurrentLinkedQueue<>();
    private long highestSinceTaken = -1;
    private long latest = -1;

    GcListener(Set<String> heapPools) {
        this.heapPools = Set.copyOf(heapPools);
    }

    /** A listener registered on every collector of this JVM; {@link #close()} removes it. */
    static GcListener register() {
        Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        var listener = new GcListener(heap);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                listener.emitters.add(emitter);
            }
        }
        return listener;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        record(
                GcKind.of(info.getGcName(), info.getGcAction()),
                info.getGcInfo().getDuration(),
                heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
    }

    /** One notification: its kind, its duration in ms, and the heap used after it in bytes. */
    void record(GcKind kind, long durationMillis, long heapAfterBytes) {
        if (kind.isPause()) {
            pauses.add(Math.max(0, durationMillis));
        }
        if (kind.measuresLiveHeap() && heapAfterBytes >= 0) {
            synchronized (this) {
                highestSinceTaken = Math.max(highestSinceTaken, heapAfterBytes);
                latest = heapAfterBytes;
            }
        }
    }

    /** The pauses recorded since the last call. */
    List<Long> drainPauses() {
        var drained = new ArrayList<Long>();
        for (Long pause = pauses.poll(); pause != null; pause = pauses.poll()) {
            drained.add(pause);
        }
        return drained;
    }

    /** The highest heap after a collection since the last call; with none, the latest before; -1 before the first. */
    synchronized long takeHeapAfterGc() {
        long taken = highestSinceTaken >= 0 ? highestSinceTaken : latest;
        highestSinceTaken = -1;
        return taken;
    }

    void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
        emitters.clear();
    }

    private long heapUsed(Map<String, MemoryUsage> usage) {
        return usage.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }
}
