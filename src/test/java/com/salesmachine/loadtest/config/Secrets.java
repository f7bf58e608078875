package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.testusers.TestUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The secret values of a run (keys, tokens, the test accounts' passwords), so that no line the suite
 * prints carries one: {@link #scrub} masks each of them, and credentials written into URLs.
 */
public final class Secrets {
    /** Settings whose values are secrets, wherever they appear. */
    public static final List<String> SECRET_SETTINGS = List.of(
            "API_KEY",
            "N8N_API_KEY",
            Settings.UPSTASH_REDIS_REST_TOKEN,
            "standin.apiKey",
            "standin.n8nApiKey",
            "standin.redisToken");

    /** Shorter values are not masked: they would mask ordinary words and numbers. */
    private static final int MIN_LENGTH = 4;

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values.stream()
                .filter(v -> v.length() >= MIN_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The secret settings' values in {@code source}, read raw (before any validation that might fail). */
    public static Secrets from(SettingSource source) {
        var values = new ArrayList<String>();
        for (String setting : SECRET_SETTINGS) {
            Optional<String> value = source.raw(setting);
            value.ifPresent(values::add);
        }
        return new Secrets(values);
    }

    /** These secrets and the accounts' passwords. */
    public Secrets with(List<TestUser> accounts) {
        var more = new ArrayList<>(values);
        accounts.forEach(a -> more.add(a.password()));
        return new Secrets(more);
    }

    /** {@code text} with every secret value and every URL's credentials replaced by {@code ****}. */
    public String scrub(String text) {
        String scrubbed = SettingSource.mask(text);
        for (String value : values) {
            scrubbed = scrubbed.replace(value, "****");
        }
        return scrubbed;
    }
}
