package com.salesmachine.loadtest.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Busy daemon threads that keep cores at 100 % until stopped: a test's way to starve the JVM it runs
 * in of CPU, to prove that the injector's own saturation is seen.
 */
public final class CpuBurner implements AutoCloseable {
    private static final long STOP_WAIT_MS = 5_000;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean burning = true;
    /** Where the busy loops write, so the JIT cannot drop them as dead code. */
    private volatile long sink;

    private CpuBurner(int count) {
        for (int i = 0; i < count; i++) {
            var thread = new Thread(this::burn, "cpu-burner-" + (i + 1));
            thread.setDaemon(true);
            threads.add(thread);
        }
    }

    /** Starts {@code count} busy threads. */
    public static CpuBurner start(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one thread, got " + count);
        }
        var burner = new CpuBurner(count);
        burner.threads.forEach(Thread::start);
        return burner;
    }

    public int threads() {
        return threads.size();
    }

    /** Stops every thread and waits for them to end; calling it again does nothing. */
    public void stop() {
        burning = false;
        for (Thread thread : threads) {
            try {
                thread.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void burn() {
        long x = Thread.currentThread().getId();
        while (burning) {
            for (int i = 0; i < 100_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink = x;
        }
    }
}
