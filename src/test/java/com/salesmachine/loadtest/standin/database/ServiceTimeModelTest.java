package com.salesmachine.loadtest.standin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServiceTimeModelTest {
    private static final int SAMPLES = 100_000;

    @Test
    void samples_haveTheConfiguredMedianAndP99() {
        var model = new ServiceTimeModel(Map.of(), 1.0, new Random(42));

        double[] millis = sample(model, Operation.LOGIN);

        assertEquals(60, percentile(millis, 0.50), 60 * 0.03);
        assertEquals(200, percentile(millis, 0.99), 200 * 0.05);
    }

    @Test
    void factor_multipliesTheModelledTime() {
        var model = new ServiceTimeModel(Map.of(), 2.0, new Random(42));

        double[] millis = sample(model, Operation.DASHBOARD);

        assertEquals(180, percentile(millis, 0.50), 180 * 0.03);
    }

    @Test
    void extra_isAddedToEverySample_andNotMultiplied() {
        var profile = new LatencyProfile(10, 10, 200);
        var model = new ServiceTimeModel(Map.of(Operation.PROSPECTS_LIST, profile), 0.5, new Random(1));

        assertEquals(Duration.ofMillis(205), model.sample(Operation.PROSPECTS_LIST));
    }

    @Test
    void samples_areCappedAtThreeTimesTheP99() {
        var wide = new LatencyProfile(1, 1000, 0);
        var model = new ServiceTimeModel(Map.of(Operation.PROSPECTS_GET, wide), 1.0, new Random(7));

        double max = Arrays.stream(sample(model, Operation.PROSPECTS_GET)).max().orElseThrow();

        assertTrue(max <= 3000.0, "max was " + max);
        assertEquals(3000.0, max, 0.001, "a distribution this wide reaches the cap");
    }

    @Test
    void zeroFactor_leavesOnlyTheExtra() {
        var model = new ServiceTimeModel(Map.of(Operation.LOGIN, new LatencyProfile(60, 200, 5)), 0, new Random(3));

        assertEquals(Duration.ofMillis(5), model.sample(Operation.LOGIN));
        assertEquals(Duration.ZERO, model.sample(Operation.DASHBOARD));
    }

    @Test
    void sameSeed_givesTheSameSamples() {
        var a = new ServiceTimeModel(Map.of(), 1.0, new Random(99));
        var b = new ServiceTimeModel(Map.of(), 1.0, new Random(99));

        for (int i = 0; i < 100; i++) {
            assertEquals(a.sample(Operation.CAMPAIGNS_CREATE), b.sample(Operation.CAMPAIGNS_CREATE));
        }
    }

    private static double[] sample(ServiceTimeModel model, Operation operation) {
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            millis[i] = model.sample(operation).toNanos() / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }
}
