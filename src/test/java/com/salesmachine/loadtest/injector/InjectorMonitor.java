package com.salesmachine.loadtest.injector;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the JVM it runs in, the load generator's, through JMX once a second from {@link #start()}
 * to {@link #stop()}, on one daemon thread ({@value #THREAD_NAME}): its CPU, the machine's, GC pauses,
 * the heap after GC and how late its own tick fires. When the injector is the bottleneck, the
 * response times describe it rather than the API; {@link #health} over a window says whether it was.
 */
public final class InjectorMonitor implements AutoCloseable {
    public static final String THREAD_NAME = "injector-monitor";
    public static final Duration PERIOD = Duration.ofSeconds(1);

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final long periodNanos;
    private final Clock clock;
    private final int cores;
    private final OperatingSystemMXBean os;
    private final MemoryMXBean memory;
    private final Sampler sampler;
    private final List<InjectorSample> samples = new ArrayList<>();
    private GcListener gc;
    private Thread thread;
    private volatile boolean running;

    /** A monitor of this JVM, sampling once a second, its samples stamped by the system clock. */
    public InjectorMonitor() {
        this(Clock.systemUTC());
    }

    /** A monitor whose samples are stamped by {@code clock}: the run's, so its windows are in the same time. */
    public InjectorMonitor(Clock clock) {
        this.periodNanos = PERIOD.toNanos();
        this.clock = clock;
        this.cores = Runtime.getRuntime().availableProcessors();
        this.os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        this.memory = ManagementFactory.getMemoryMXBean();
        this.sampler = new Sampler(cores);
    }

    /** Takes the baseline reading and starts sampling; a monitor starts once. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the injector monitor has already been started");
        }
        gc = GcListener.register();
        long now = System.nanoTime();
        sampler.next(read(now));
        running = true;
        thread = new Thread(() -> sampleUntilStopped(now + periodNanos), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling and waits for the thread to end; the samples stay. Calling it again does nothing. */
    public void stop() {
        Thread sampling;
        synchronized (this) {
            sampling = thread;
            running = false;
        }
        if (sampling == null) {
            return;
        }
        LockSupport.unpark(sampling);
        try {
            sampling.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (gc != null) {
                gc.close();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The cores this JVM may use ({@link Runtime#availableProcessors()}): 100 % CPU is all of them busy. */
    public int cores() {
        return cores;
    }

    /** Every sample so far, oldest first. */
    public List<InjectorSample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The figures over the samples taken in {@code [fromMillis, toMillis)}, epoch milliseconds. */
    public InjectorHealth health(long fromMillis, long toMillis) {
        return InjectorHealth.over(samples(), fromMillis, toMillis, cores);
    }

    private void sampleUntilStopped(long firstDue) {
        long due = firstDue;
        while (running) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            sampler.next(read(due)).ifPresent(sample -> {
                synchronized (samples) {
                    samples.add(sample);
                }
            });
            due += periodNanos;
            long now = System.nanoTime();
            if (due <= now) {
                // More than a period late: the ticks missed are skipped, the lateness recorded once.
                due = now + periodNanos;
            }
        }
    }

    private Reading read(long dueNanos) {
        long now = System.nanoTime();
        long heapMax = memory.getHeapMemoryUsage().getMax();
        return new Reading(
                clock.millis(),
                now,
                dueNanos,
                os.getProcessCpuTime(),
                os.getCpuLoad(),
                gc.drainPauses(),
                gc.takeHeapAfterGc(),
                heapMax > 0 ? heapMax : Runtime.getRuntime().maxMemory());
    }
}
