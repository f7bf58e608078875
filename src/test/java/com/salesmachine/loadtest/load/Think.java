package com.salesmachine.loadtest.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/** Think time between a user's requests: uniform between half and one and a half times the mean. */
public final class Think {
    private Think() {}

    public static ChainBuilder around(Duration mean) {
        if (mean.isZero()) {
            // No action at all: with no think time a pass is its requests only.
            return ChainBuilder.EMPTY;
        }
        return exec(pause(mean.dividedBy(2), mean.multipliedBy(3).dividedBy(2)));
    }
}
