package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.LoadShape;
import com.salesmachine.loadtest.config.Settings;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a simulation's hard bound ({@code maxDuration}) follows from the shape it runs and the
 * settings, so that a target that hangs cannot hang the suite and a healthy run is never cut short.
 */
public interface RunBound {
    /** Time allowed after a closed model's injection for users to finish the session they are in. */
    Duration MIN_DRAIN = Duration.ofSeconds(20);

    Duration maxDuration(LoadShape shape, Settings settings);

    /**
     * A closed model whose pass holds {@code thinkTimesPerPass} think times: the injection, then time
     * for the last sessions to finish, at least {@link #MIN_DRAIN} or one and a half think times per
     * think of a session plus 10 s.
     */
    static RunBound closed(int thinkTimesPerPass) {
        return closed(thinkTimesPerPass, settings -> Duration.ZERO);
    }

    /** As {@link #closed(int)}, for a pass that also waits on the target at most {@code waitPerPass}. */
    static RunBound closed(int thinkTimesPerPass, Function<Settings, Duration> waitPerPass) {
        return (shape, settings) -> {
            long thinks = (long) thinkTimesPerPass * shape.passes();
            Duration session = shape.thinkTime()
                    .multipliedBy(3L * thinks)
                    .dividedBy(2)
                    .plus(waitPerPass.apply(settings).multipliedBy(shape.passes()))
                    .plusSeconds(10);
            Duration drain = session.compareTo(MIN_DRAIN) > 0 ? session : MIN_DRAIN;
            return shape.injectionTime().plus(drain);
        };
    }

    /** A bound the simulation computes itself (a paced load, a verification after it). */
    static RunBound of(BiFunction<LoadShape, Settings, Duration> bound) {
        return bound::apply;
    }
}
