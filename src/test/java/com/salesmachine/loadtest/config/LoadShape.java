package com.salesmachine.loadtest.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How much load one simulation offers: {@code users} concurrent virtual users, ramped up, held and
 * ramped down, each running {@code passes} passes of its journey with {@code thinkTime} (mean)
 * between requests.
 *
 * <p>{@code oneShot} starts all users at once for exactly one pass (the smoke profile).
 *
 * <p>A staged shape (stress, spike) holds more than one level: after the ramp-up to {@code users},
 * its {@code stages} follow one another (each ramps from the level before to its own and holds it),
 * and together they are its steady time; then the ramp-down from the last level. A stage's level is
 * a factor of {@code users}, so overriding the users scales every level.
 */
public record LoadShape(
        int users,
        Duration rampUp,
        Duration steady,
        Duration rampDown,
        Duration thinkTime,
        int passes,
        boolean oneShot,
        List<Stage> stages) {

    /**
     * One level of a staged shape: {@code factor} times the shape's users, reached over {@code ramp}
     * from the level before (zero: a step) and held for {@code hold}.
     */
    public record Stage(double factor, Duration ramp, Duration hold) {
        public Stage {
            if (!(factor > 0) || ramp.isNegative() || hold.isNegative()) {
                throw new IllegalArgumentException("a stage has a positive factor and no negative duration");
            }
        }

        public Duration length() {
            return ramp.plus(hold);
        }

        /** The users of this level for a shape of {@code users}: at least one. */
        public int usersOf(int users) {
            return (int) Math.max(1, Math.round(users * factor));
        }
    }

    /** One stage placed in time: from and to (its hold's end) after the injection's start, its users. */
    public record Level(int users, Duration from, Duration holdFrom, Duration to) {}

    public LoadShape {
        if (users < 1 || passes < 1) {
            throw new IllegalArgumentException("users and passes must be positive");
        }
        stages = List.copyOf(stages);
        if (!stages.isEmpty()) {
            steady = stages.stream().map(Stage::length).reduce(Duration.ZERO, Duration::plus);
        }
    }

    public LoadShape(
            int users,
            Duration rampUp,
            Duration steady,
            Duration rampDown,
            Duration thinkTime,
            int passes,
            boolean oneShot) {
        this(users, rampUp, steady, rampDown, thinkTime, passes, oneShot, List.of());
    }

    public static LoadShape of(
            int users, Duration rampUp, Duration steady, Duration rampDown, Duration thinkTime, int passes) {
        return new LoadShape(users, rampUp, steady, rampDown, thinkTime, passes, false);
    }

    /** Ramp-up, steady state and ramp-down together. */
    public Duration injectionTime() {
        return oneShot ? Duration.ZERO : rampUp.plus(steady).plus(rampDown);
    }

    public boolean staged() {
        return !stages.isEmpty();
    }

    /**
     * The levels the steady time holds, placed in time: one for a one-level shape (its steady state),
     * one per stage for a staged one; none for a one-shot shape.
     */
    public List<Level> levels() {
        if (oneShot) {
            return List.of();
        }
        if (stages.isEmpty()) {
            return List.of(new Level(users, rampUp, rampUp, rampUp.plus(steady)));
        }
        var levels = new ArrayList<Level>();
        Duration at = rampUp;
        for (Stage s : stages) {
            levels.add(new Level(s.usersOf(users), at, at.plus(s.ramp()), at.plus(s.length())));
            at = at.plus(s.length());
        }
        return List.copyOf(levels);
    }

    /** The users the shape holds on (time-weighted) mean over its steady time: {@code users} for one level. */
    public double steadyMeanUsers() {
        return meanUsersUntil(steady);
    }

    /**
     * The mean users the shape offers over its steady time's first {@code length} (a stage's ramp
     * counted at the mean of its two ends): what a run stopped early intended over the part it ran.
     */
    public double meanUsersUntil(Duration length) {
        if (stages.isEmpty() || length.isZero() || length.isNegative()) {
            return users;
        }
        double sum = 0;
        long left = length.toMillis();
        long total = 0;
        int before = users;
        for (Stage s : stages) {
            int level = s.usersOf(users);
            long ramp = Math.min(left, s.ramp().toMillis());
            if (ramp > 0) {
                double reached =
                        before + (level - before) * ((double) ramp / s.ramp().toMillis());
                sum += ramp * (before + reached) / 2.0;
            }
            left -= ramp;
            long hold = Math.min(left, s.hold().toMillis());
            sum += (double) hold * level;
            left -= hold;
            total += ramp + hold;
            before = level;
            if (left <= 0) {
                break;
            }
        }
        return total == 0 ? users : sum / total;
    }

    /** The same shape with its phases shrunk in proportion so the injection lasts at most {@code budget}. */
    public LoadShape scaledToFit(Duration budget) {
        Duration total = injectionTime();
        if (oneShot || total.compareTo(budget) <= 0) {
            return this;
        }
        double factor = (double) budget.toMillis() / total.toMillis();
        List<Stage> scaled = stages.stream()
                .map(s -> new Stage(s.factor(), scale(s.ramp(), factor), scale(s.hold(), factor)))
                .toList();
        return new LoadShape(
                users,
                scale(rampUp, factor),
                scale(steady, factor),
                scale(rampDown, factor),
                thinkTime,
                passes,
                false,
                scaled);
    }

    public LoadShape withUsers(int value) {
        return new LoadShape(value, rampUp, steady, rampDown, thinkTime, passes, oneShot, stages);
    }

    public LoadShape withRampUp(Duration value) {
        return new LoadShape(users, value, steady, rampDown, thinkTime, passes, oneShot, stages);
    }

    public LoadShape withSteady(Duration value) {
        if (staged()) {
            throw new IllegalStateException("a staged shape's steady time is its stages'");
        }
        return new LoadShape(users, rampUp, value, rampDown, thinkTime, passes, oneShot, stages);
    }

    public LoadShape withRampDown(Duration value) {
        return new LoadShape(users, rampUp, steady, value, thinkTime, passes, oneShot, stages);
    }

    public LoadShape withThinkTime(Duration value) {
        return new LoadShape(users, rampUp, steady, rampDown, value, passes, oneShot, stages);
    }

    /** The same ramp-up, then these stages, then {@code rampDownAfter}. */
    public LoadShape withStages(List<Stage> value, Duration rampDownAfter) {
        return new LoadShape(users, rampUp, steady, rampDownAfter, thinkTime, passes, false, value);
    }

    /** One user, one pass, no think time: every request once. */
    public LoadShape smoke() {
        return new LoadShape(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 1, true);
    }

    private static Duration scale(Duration d, double factor) {
        if (d.isZero()) {
            return d;
        }
        return Duration.ofSeconds(Math.max(1, Math.round(d.toMillis() * factor / 1000.0)));
    }

    @Override
    public String toString() {
        if (oneShot) {
            return users + " user(s) at once, " + passes + " pass(es), think time " + Durations.format(thinkTime);
        }
        String middle = stages.isEmpty()
                ? ", steady " + Durations.format(steady)
                : ", then "
                        + String.join(
                                ", ",
                                levels().stream()
                                        .map(l -> l.users() + " users from " + Durations.format(l.from()) + " to "
                                                + Durations.format(l.to()))
                                        .toList());
        return users + " users, ramp-up " + Durations.format(rampUp) + middle + ", ramp-down "
                + Durations.format(rampDown) + ", think time " + Durations.format(thinkTime) + ", " + passes
                + " passes per user";
    }
}
