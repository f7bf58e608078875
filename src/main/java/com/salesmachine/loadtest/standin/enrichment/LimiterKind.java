package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.settings.SettingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which {@link RateLimiter} stands for the AI provider ({@code standin.enrichmentLimiter}). */
public enum LimiterKind {
    /** {@link TokenBucket}: refilled continuously; Retry-After rounded up. */
    BUCKET("bucket"),
    /** {@link FixedWindow}: reset at each window boundary; Retry-After rounded down. */
    WINDOW("window");

    private final String key;

    LimiterKind(String key) {
        this.key = key;
    }

    /** The setting's word for this kind. */
    public String key() {
        return key;
    }

    public static LimiterKind parse(String setting, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new SettingException(
                        setting,
                        "'" + text + "' is not a rate limiter; use "
                                + Arrays.stream(values()).map(k -> k.key).collect(Collectors.joining(" or "))));
    }

    @Override
    public String toString() {
        return key;
    }
}
