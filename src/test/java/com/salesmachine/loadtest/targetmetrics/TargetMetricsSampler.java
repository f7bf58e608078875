package com.salesmachine.loadtest.targetmetrics;

import com.salesmachine.loadtest.outbound.Outbound;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.settings.SettingSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scrapes the target's Prometheus metrics ({@value #SETTING}) every interval, from {@link #start()}
 * to {@link #stop()}, on one daemon thread ({@value #THREAD_NAME}) through the guarded
 * {@link Outbound} client with a time-out no longer than the interval. A scrape that fails is
 * counted, never thrown: the run goes on without it.
 */
public final class TargetMetricsSampler implements AutoCloseable {
    public static final String SETTING = "METRICS_URL";
    public static final String THREAD_NAME = "target-metrics";
    /** The most readings kept (a week at one a second is 604,800): later ones are counted as failed. */
    static final int MAX_READINGS = 700_000;

    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(5);

    private final Outbound outbound;
    private final URI url;
    private final Duration interval;
    private final Clock clock;
    private final List<TargetReading> readings = new ArrayList<>();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile String lastFailure;
    private ScheduledExecutorService executor;

    /** No API key is sent: a metrics endpoint is not the API, and may be another host. */
    public TargetMetricsSampler(ProductionGuard guard, URI url, Duration interval, Clock clock) {
        this.outbound =
                new Outbound(guard, Optional.empty(), interval.compareTo(MAX_TIMEOUT) < 0 ? interval : MAX_TIMEOUT);
        this.url = url;
        this.interval = interval;
        this.clock = clock;
    }

    public URI url() {
        return url;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * One scrape before any load: throws an {@link OutboundException} naming {@value #SETTING} when
     * the URL does not answer 200 with Prometheus metrics this suite reads.
     */
    public TargetReading check() {
        TargetReading reading = scrape();
        if (!reading.hasAnyFigure()) {
            throw new OutboundException(SETTING + ": GET " + SettingSource.mask(url.toString())
                    + " answered no process_cpu_seconds_total, process_resident_memory_bytes or"
                    + " jvm_memory_used_bytes; name the target's Prometheus metrics endpoint, or leave "
                    + SETTING + " unset");
        }
        return reading;
    }

    /** Starts scraping now and every interval after; a sampler starts once. */
    public synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("the target metrics sampler has already been started");
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::scrapeOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops scraping, waiting at most one time-out for a scrape in flight; the readings stay. */
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
        }
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(outbound.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** One scrape, recorded, or counted as failed: never throws. */
    void scrapeOnce() {
        try {
            TargetReading reading = scrape();
            if (!reading.hasAnyFigure()) {
                fail("the answer held none of the figures this suite reads");
                return;
            }
            synchronized (readings) {
                if (readings.size() >= MAX_READINGS) {
                    fail("more than " + MAX_READINGS + " readings");
                    return;
                }
                readings.add(reading);
            }
        } catch (RuntimeException e) {
            fail(e.getMessage());
        }
    }

    private void fail(String why) {
        failed.incrementAndGet();
        lastFailure = why;
    }

    private TargetReading scrape() {
        var answer = outbound.send(Outbound.get(SETTING, url).withoutApiKey());
        answer.expect(200, "with the target's Prometheus metrics");
        String body = answer.body() == null ? "" : answer.body();
        return TargetReading.of(clock.millis(), PrometheusText.parse(body));
    }

    /** Every reading so far, oldest first. */
    public List<TargetReading> readings() {
        synchronized (readings) {
            return List.copyOf(readings);
        }
    }

    public int failedScrapes() {
        return failed.get();
    }

    /** Why the last failed scrape failed; empty when none did. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
