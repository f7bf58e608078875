package com.salesmachine.loadtest.standin.testing;

import com.salesmachine.loadtest.standin.StandInConfig;
import com.salesmachine.loadtest.standin.database.LatencyProfile;
import com.salesmachine.loadtest.testusers.TestUser;
import java.time.Duration;
import java.util.List;

/** Settings and accounts for starting fast stand-ins in tests. */
public final class StandIns {
    public static final TestUser ANN = new TestUser("ann@test.sales-machine.com", "ann-secret-123");
    public static final TestUser BOB = new TestUser("bob@test.sales-machine.com", "bob-secret-456");
    public static final List<TestUser> ACCOUNTS = List.of(ANN, BOB);

    private StandIns() {}

    /**
     * A free port and one-to-two-millisecond database calls; a long pool time-out, so a busy build
     * machine does not turn slow answers into 503s.
     */
    public static StandInConfig fast() {
        return StandInConfig.defaults()
                .withLatencyEverywhere(new LatencyProfile(1, 2, 0))
                .withDbPoolTimeout(Duration.ofSeconds(10))
                .withSeed(7);
    }
}
