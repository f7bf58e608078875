package com.salesmachine.loadtest.stop;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import com.salesmachine.loadtest.results.LiveLog;
import com.salesmachine.loadtest.results.UnusableInputException;
import com.salesmachine.loadtest.verdict.Slo;
import com.salesmachine.loadtest.verdict.Stop;
import io.gatling.javaapi.core.PopulationBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stop criteria for one run: a thread that reads the run's {@code simulation.log} once a second
 * ({@link LiveLog}) into a {@link BreachWatch}, and the {@link LiveLog#WATCHDOG} scenario, whose
 * users ask it, each as it starts, and stop the load generator ({@code stopLoadGeneratorIf}, a
 * graceful stop) once a breach is held. Its users arrive at {@link #USERS_PER_SECOND} for exactly the
 * load's injection time, so it ends with the injection and never lengthens a run; they are also what
 * writes Gatling's log buffer out about once a second (see {@link LiveLog}), and the decoder leaves
 * them out of every figure. A stop is seen within the window plus about two seconds (the log's lag
 * and the one-second read).
 */
public final class StopWatchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StopWatchdog.class);

    /** Enough 20-byte user records to fill Gatling's 8 KiB log buffer about once a second. */
    static final double USERS_PER_SECOND = 500;

    private static final Duration READ_EVERY = Duration.ofSeconds(1);

    private final Supplier<List<Slo>> slos;
    private final Duration window;
    // Set by the reading thread, read by Gatling's.
    private volatile BreachWatch watch;
    private final Path gatlingResults;
    private final String simulation;
    private final long notBefore;
    private final ScheduledExecutorService reader;
    private LiveLog log;

    private StopWatchdog(
            Supplier<List<Slo>> slos, Duration window, Path gatlingResults, String simulation, long notBefore) {
        this.slos = slos;
        this.window = window;
        this.gatlingResults = gatlingResults;
        this.simulation = simulation;
        this.notBefore = notBefore;
        this.reader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stop-criteria-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts reading the log of {@code simulation}'s run (the newest since {@code notBefore}) once a
     * second, judged on the objectives {@code slos} gives at the first read (the simulation has
     * declared them all by then).
     */
    public static StopWatchdog start(
            Supplier<List<Slo>> slos, Duration window, Path gatlingResults, String simulation, long notBefore) {
        var watchdog = new StopWatchdog(slos, window, gatlingResults, simulation, notBefore);
        watchdog.reader.scheduleWithFixedDelay(
                watchdog::readOnce, READ_EVERY.toMillis(), READ_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return watchdog;
    }

    /** The watchdog's population: {@link #USERS_PER_SECOND} users a second for {@code injection}. */
    public PopulationBuilder population(Duration injection) {
        return scenario(LiveLog.WATCHDOG)
                .exec(stopLoadGeneratorIf(
                        session -> "stop criteria: " + stopped().map(Stop::line).orElse(""),
                        session -> stopped().isPresent()))
                .injectOpen(constantUsersPerSec(USERS_PER_SECOND).during(injection));
    }

    /** The breach that stopped the run, if one did. */
    public Optional<Stop> stopped() {
        BreachWatch w = watch;
        return w == null ? Optional.empty() : w.stopped();
    }

    private void readOnce() {
        try {
            if (watch == null) {
                watch = new BreachWatch(new StopCriteria(slos.get(), window), Clock.systemUTC());
            }
            if (log == null) {
                Optional<Path> file = LiveLog.find(gatlingResults, simulation, notBefore);
                if (file.isEmpty()) {
                    return;
                }
                log = LiveLog.of(file.get());
            }
            log.poll(watch);
            if (watch.stopped().isEmpty()) {
                watch.judge().ifPresent(s -> LOG.warn("Stop criteria: {}; stopping the injection", s.line()));
            }
        } catch (UnusableInputException e) {
            // A log this suite cannot decode stays so: say it once, and stop watching (the run goes on).
            LOG.warn("stop criteria are off for this run: {}", e.getMessage());
            reader.shutdown();
        } catch (RuntimeException e) {
            // One failed read must not end the watch; the next second reads on from where this one stopped.
            LOG.warn("stop criteria: could not read the run's log: {}", e.toString());
        }
    }

    /** Stops the reading thread and closes the log (the stop, if any, stays readable). */
    @Override
    public void close() {
        reader.shutdownNow();
        try {
            reader.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (log != null) {
            log.close();
        }
    }
}
