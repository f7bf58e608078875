package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;

/**
 * The most virtual users this injector JVM can hold, derived from its heap: {@value #BYTES_PER_USER}
 * bytes a user (a Gatling user, its session, its connection's buffers, with room to spare), so 1 GiB
 * holds 16,384. {@code maxUsers} overrides it, for a journey known to be lighter.
 */
public record UserCapacity(int maxUsers, long maxHeapBytes, boolean overridden) {
    public static final String SETTING = "maxUsers";
    static final long BYTES_PER_USER = 64 * 1024;

    public static UserCapacity ofThisJvm(SettingSource source) {
        long heap = Runtime.getRuntime().maxMemory();
        return source.positiveInt(SETTING)
                .map(max -> new UserCapacity(max, heap, true))
                .orElseGet(() -> forHeap(heap));
    }

    public static UserCapacity forHeap(long maxHeapBytes) {
        return new UserCapacity((int) Math.min(Integer.MAX_VALUE, maxHeapBytes / BYTES_PER_USER), maxHeapBytes, false);
    }

    /** Refuses more users than this injector can hold, naming the setting. */
    public void check(int users) {
        if (users <= maxUsers) {
            return;
        }
        String why = overridden
                ? "more than maxUsers (" + maxUsers + ")"
                : "more than this injector can hold: at most " + maxUsers + " with a " + (maxHeapBytes >> 20)
                        + " MB heap (64 KiB a user)";
        throw new SettingException(
                "users",
                "'" + users + "' is " + why
                        + "; lower it, give the injector more heap (-Dgatling.jvmArgs=-Xmx4g), split the run over"
                        + " injectors, or set " + SETTING + " to override");
    }
}
