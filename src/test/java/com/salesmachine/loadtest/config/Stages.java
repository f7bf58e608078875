package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the staged profiles (stress, spike), and the shapes they make of a simulation's load: the
 * stress staircase (the load's users times 1, 1.5, 2, 3, 4, 6, 8, up to {@code stressMaxFactor},
 * each step held {@code stressStep}) and the spike (the load level, five times it within 10 s, held
 * {@code spikeHold}, back within 10 s, then held {@code spikeRecovery} to watch the recovery).
 */
public record Stages(Duration stressStep, double stressMaxFactor, Duration spikeHold, Duration spikeRecovery) {
    /** The stress staircase's factors of the load's users, before the cap. */
    static final List<Double> STRESS_FACTORS = List.of(1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0);

    public static final Duration DEFAULT_STRESS_STEP = Duration.ofSeconds(60);
    public static final double DEFAULT_STRESS_MAX_FACTOR = 8;
    public static final Duration DEFAULT_SPIKE_HOLD = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SPIKE_RECOVERY = Duration.ofSeconds(60);
    /** How many times the load level the spike goes to. */
    public static final double SPIKE_FACTOR = 5;
    /** How fast the spike goes up, and back down. */
    public static final Duration SPIKE_RAMP = Duration.ofSeconds(10);

    public static Stages defaults() {
        return new Stages(DEFAULT_STRESS_STEP, DEFAULT_STRESS_MAX_FACTOR, DEFAULT_SPIKE_HOLD, DEFAULT_SPIKE_RECOVERY);
    }

    static Stages from(SettingSource source) {
        double cap = source.positiveDouble("stressMaxFactor", DEFAULT_STRESS_MAX_FACTOR);
        if (cap < 1 || cap > 100) {
            throw new SettingException(
                    "stressMaxFactor",
                    "'" + Numbers.decimals(cap) + "' is out of range; give a factor of the load's users from 1 to 100");
        }
        return new Stages(
                source.positiveDuration("stressStep", DEFAULT_STRESS_STEP),
                cap,
                source.positiveDuration("spikeHold", DEFAULT_SPIKE_HOLD),
                source.positiveDuration("spikeRecovery", DEFAULT_SPIKE_RECOVERY));
    }

    /** The load's ramp-up, then one step per factor up to the cap (the cap itself the last), no ramp-down. */
    public LoadShape stress(LoadShape load) {
        var stages = new ArrayList<LoadShape.Stage>();
        for (double factor : STRESS_FACTORS) {
            if (factor < stressMaxFactor) {
                stages.add(new LoadShape.Stage(factor, Duration.ZERO, stressStep));
            }
        }
        stages.add(new LoadShape.Stage(stressMaxFactor, Duration.ZERO, stressStep));
        return load.withStages(stages, Duration.ZERO);
    }

    /**
     * The load's ramp-up, the load level for a lead-in as long as the spike's hold, {@link #SPIKE_FACTOR}
     * times it within {@link #SPIKE_RAMP}, held, back within {@link #SPIKE_RAMP}, then the load level
     * for {@code spikeRecovery}; no ramp-down (it would only add a ramp that shows nothing).
     */
    public LoadShape spike(LoadShape load) {
        return load.withStages(
                List.of(
                        new LoadShape.Stage(1, Duration.ZERO, spikeHold),
                        new LoadShape.Stage(SPIKE_FACTOR, SPIKE_RAMP, spikeHold),
                        new LoadShape.Stage(1, SPIKE_RAMP, spikeRecovery)),
                Duration.ZERO);
    }

    List<String> describe() {
        return List.of(String.format(
                Locale.ROOT,
                "stages           stressStep %s, stressMaxFactor %s, spikeHold %s, spikeRecovery %s",
                Durations.format(stressStep),
                Numbers.decimals(stressMaxFactor),
                Durations.format(spikeHold),
                Durations.format(spikeRecovery)));
    }
}
