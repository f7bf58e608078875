package com.salesmachine.loadtest.standin.metrics;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberate memory leak ({@code standin.leakPerRequest}): after every answer it keeps that many
 * bytes for good, until it holds {@link #capFor its cap}, so a soak run can prove that growing memory
 * is seen and flagged. The cap keeps it from ever exhausting the heap it shares.
 */
public final class MemoryLeak implements Handler {
    /** The most it ever holds: a quarter of the max heap, and never more than 256 MiB. */
    public static final long MAX_CAP = 256L * 1024 * 1024;

    private final int bytesPerRequest;
    private final long cap;
    private final AtomicLong retained = new AtomicLong();
    private final ConcurrentLinkedQueue<byte[]> kept = new ConcurrentLinkedQueue<>();

    public MemoryLeak(int bytesPerRequest, long cap) {
        if (bytesPerRequest < 1 || cap < 0) {
            throw new IllegalArgumentException("bytesPerRequest must be positive and cap not negative");
        }
        this.bytesPerRequest = bytesPerRequest;
        this.cap = cap;
    }

    /** The cap for a heap of {@code maxHeapBytes}. */
    public static long capFor(long maxHeapBytes) {
        return Math.min(MAX_CAP, Math.max(0, maxHeapBytes / 4));
    }

    @Override
    public void handle(Context ctx) {
        retain();
    }

    /** Keeps one request's bytes, unless that would pass the cap; returns whether it did. */
    public boolean retain() {
        long after = retained.addAndGet(bytesPerRequest);
        if (after > cap) {
            retained.addAndGet(-bytesPerRequest);
            return false;
        }
        byte[] block = new byte[bytesPerRequest];
        // Touched, so the pages are resident as well as allocated.
        for (int i = 0; i < block.length; i += 4096) {
            block[i] = 1;
        }
        kept.add(block);
        return true;
    }

    public long retainedBytes() {
        return retained.get();
    }
}
