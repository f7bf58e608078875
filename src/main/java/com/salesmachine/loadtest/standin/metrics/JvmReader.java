package com.salesmachine.loadtest.standin.metrics;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Reads a {@link ProcessSnapshot} of this JVM from its management beans and, on Linux, from
 * {@code /proc/self/status}: the same sources the Prometheus Java client's default exports read.
 */
public final class JvmReader {
    private static final Path STATUS = Path.of("/proc/self/status");

    private final LongSupplier leakRetainedBytes;

    /** {@code leakRetainedBytes}: what the deliberate leak holds, reported beside the process's figures. */
    public JvmReader(LongSupplier leakRetainedBytes) {
        this.leakRetainedBytes = leakRetainedBytes;
    }

    public ProcessSnapshot read() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        OptionalLong cpu = OptionalLong.empty();
        OptionalLong openFds = OptionalLong.empty();
        OptionalLong maxFds = OptionalLong.empty();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun && sun.getProcessCpuTime() >= 0) {
            cpu = OptionalLong.of(sun.getProcessCpuTime());
        }
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            openFds = OptionalLong.of(unix.getOpenFileDescriptorCount());
            maxFds = OptionalLong.of(unix.getMaxFileDescriptorCount());
        }
        var memory = ManagementFactory.getMemoryMXBean();
        var pools = new ArrayList<ProcessSnapshot.Pool>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            pools.add(new ProcessSnapshot.Pool(
                    pool.getName(), pool.getUsage().getUsed(), afterGc == null ? -1 : afterGc.getUsed()));
        }
        var collectors = new ArrayList<ProcessSnapshot.Collector>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(new ProcessSnapshot.Collector(
                    gc.getName(), Math.max(0, gc.getCollectionCount()), Math.max(0, gc.getCollectionTime()) / 1000.0));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> status = status();
        return new ProcessSnapshot(
                cpu,
                ManagementFactory.getRuntimeMXBean().getStartTime() / 1000.0,
                kilobytes(status, "VmRSS:"),
                kilobytes(status, "VmSize:"),
                openFds,
                maxFds,
                area(memory.getHeapMemoryUsage()),
                area(memory.getNonHeapMemoryUsage()),
                pools,
                collectors,
                new ProcessSnapshot.Threads(
                        threads.getThreadCount(), threads.getDaemonThreadCount(), threads.getPeakThreadCount()),
                leakRetainedBytes.getAsLong());
    }

    private static ProcessSnapshot.Area area(MemoryUsage usage) {
        return new ProcessSnapshot.Area(usage.getUsed(), usage.getCommitted(), usage.getMax());
    }

    private static List<String> status() {
        try {
            return Files.exists(STATUS) ? Files.readAllLines(STATUS) : List.of();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }

    /** {@code VmRSS:    123456 kB} in bytes; absent when the line is not there. */
    static OptionalLong kilobytes(List<String> status, String key) {
        for (String line : status) {
            if (line.startsWith(key)) {
                String[] words = line.substring(key.length()).trim().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(words[0]) * 1024);
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}
