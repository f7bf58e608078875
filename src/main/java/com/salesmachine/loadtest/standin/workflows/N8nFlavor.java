package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.settings.SettingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the stand-in's N8N behaves ({@code standin.n8nFlavor}): as docs/API-CONTRACT.md describes it,
 * or as a real self-hosted N8N does within what the contract allows.
 */
public enum N8nFlavor {
    /** Ids 1, 2, 3...; queued executions are {@code new}; absent fields left out; the contract's error bodies. */
    CONTRACT("contract"),
    /**
     * Ids with gaps; the webhook answers only once its execution runs (never {@code new}); every field
     * present, {@code null} when unset; {@code 400} for a non-numeric id, {@code 422} for a body that is
     * not JSON; N8N's {@code {"message": ...}} error bodies.
     */
    N8N("n8n");

    private final String key;

    N8nFlavor(String key) {
        this.key = key;
    }

    /** The setting's word for this flavor. */
    public String key() {
        return key;
    }

    public static N8nFlavor parse(String setting, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new SettingException(
                        setting,
                        "'" + text + "' is not an N8N flavor; use "
                                + Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(" or "))));
    }

    @Override
    public String toString() {
        return key;
    }
}
