package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.ArrayList;
import java.util.List;

/**
 * This injector's part of a run split over several ({@code shardCount} injectors, this one number
 * {@code shardIndex}, from 0): its share of the users (or, for a paced model, of the rate that follows
 * them), a disjoint slice of the test accounts, and names of its own for the data it creates. Every
 * shard of a run carries the same run id ({@code RUN_ID}), so {@code merge} can join their results.
 *
 * <p>The index comes from {@code SHARD_INDEX}, else from Kubernetes' {@code JOB_COMPLETION_INDEX}
 * (an Indexed Job's pods each have theirs); one injector, the default, is shard 0 of 1.
 */
public record Shard(int index, int count) {
    public static final String INDEX = "shardIndex";
    public static final String COUNT = "shardCount";
    /** Set by Kubernetes in each pod of an Indexed Job. */
    public static final String JOB_COMPLETION_INDEX = "JOB_COMPLETION_INDEX";
    /** The most shards a run may have. */
    public static final int MAX_COUNT = 1000;

    private static final Shard SINGLE = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " of " + count);
        }
    }

    /** One injector: the whole run. */
    public static Shard single() {
        return SINGLE;
    }

    public static Shard from(SettingSource source) {
        int count = source.positiveInt(COUNT, 1);
        if (count > MAX_COUNT) {
            throw new SettingException(COUNT, "'" + count + "' is more than " + MAX_COUNT + " shards");
        }
        String indexSetting = source.raw(INDEX).isPresent() ? INDEX : JOB_COMPLETION_INDEX;
        var raw = source.raw(indexSetting);
        if (raw.isEmpty()) {
            if (count > 1) {
                throw new SettingException(
                        INDEX,
                        "not set while " + SettingSource.environmentName(COUNT) + " is " + count
                                + "; give each injector its number, 0 to " + (count - 1)
                                + " (or run it as a Kubernetes Indexed Job, which sets " + JOB_COMPLETION_INDEX
                                + ")");
            }
            return SINGLE;
        }
        int index;
        try {
            index = Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= count) {
            throw new SettingException(
                    indexSetting,
                    "'" + raw.get() + "' is not a shard number from 0 to " + (count - 1) + " (" + COUNT + " is " + count
                            + ")");
        }
        return new Shard(index, count);
    }

    public boolean isSharded() {
        return count > 1;
    }

    /**
     * This shard's part of {@code total}: an even split, the remainder to the first shards, so the
     * parts add up to the total. Refused when a shard would get none.
     */
    public int share(int total, String what) {
        if (total < count) {
            throw new SettingException(
                    COUNT,
                    count + " shards for " + total + " " + what + " leave a shard without any; use at most " + total
                            + " shards");
        }
        return total / count + (index < total % count ? 1 : 0);
    }

    /** Every {@code count}-th item from this shard's index: the shards' slices are disjoint and cover the list. */
    public <T> List<T> slice(List<T> items) {
        if (!isSharded()) {
            return items;
        }
        var slice = new ArrayList<T>();
        for (int i = index; i < items.size(); i += count) {
            slice.add(items.get(i));
        }
        return List.copyOf(slice);
    }

    /** What this shard adds to the names of the data it creates: nothing for one injector, {@code s<index>-} else. */
    public String namePrefix() {
        return isSharded() ? "s" + index + "-" : "";
    }

    /** The seed of this shard's fake data: the run's seed for one injector, a different one for each shard. */
    public long seed(long runSeed) {
        return runSeed + index;
    }

    @Override
    public String toString() {
        return isSharded() ? "shard " + index + " of " + count : "one injector";
    }
}
