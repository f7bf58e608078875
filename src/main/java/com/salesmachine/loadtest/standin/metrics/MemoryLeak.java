package com.salesmachine.loadtest.standin.metrics;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberate memory leak ({@code standin.leakPerRequest}): after every answer it keeps that many
 * bytes for good, until it holds {@link #capFor its cap}, so a soak run can prove that growing memory
 * is seen and flagged. The cap keeps it from ever exhausting the heap it shares.
 *
 * <p>On the heap (a JVM service's leak) its blocks are byte arrays, which the heap after GC shows once
 * collections move them, and resident memory only when they land on pages the heap never touched;
 * native ({@code standin.native}, a Node.js or Python service's leak) they are direct buffers, fresh
 * pages that resident memory shows at once.
 */
public final class MemoryLeak implements Handler {
    /** The most it ever holds: a quarter of the max heap, and never more than 256 MiB. */
    public static final long MAX_CAP = 256L * 1024 * 1024;

    private final int bytesPerRequest;
    private final long cap;
    private final boolean offHeap;
    private final AtomicLong retained = new AtomicLong();
    private final ConcurrentLinkedQueue<Object> kept = new ConcurrentLinkedQueue<>();

    /** A leak on the heap. */
    public MemoryLeak(int bytesPerRequest, long cap) {
        this(bytesPerRequest, cap, false);
    }

    /** A leak on the heap, or outside it ({@code offHeap}: direct buffers). */
    public MemoryLeak(int bytesPerRequest, long cap, boolean offHeap) {
        if (bytesPerRequest < 1 || cap < 0) {
            throw new IllegalArgumentException("bytesPerRequest must be positive and cap not negative");
        }
        this.bytesPerRequest = bytesPerRequest;
        this.cap = cap;
        this.offHeap = offHeap;
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
        // Touched, so the pages are resident as well as allocated.
        if (offHeap) {
            ByteBuffer block = ByteBuffer.allocateDirect(bytesPerRequest);
            for (int i = 0; i < bytesPerRequest; i += 4096) {
                block.put(i, (byte) 1);
            }
            kept.add(block);
        } else {
            byte[] block = new byte[bytesPerRequest];
            for (int i = 0; i < block.length; i += 4096) {
                block[i] = 1;
            }
            kept.add(block);
        }
        return true;
    }

    public long retainedBytes() {
        return retained.get();
    }
}
