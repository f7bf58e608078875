package com.salesmachine.loadtest.standin.prospects;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a prospect stands; written in lower case on the wire. */
public enum ProspectStatus {
    NEW,
    CONTACTED,
    REPLIED,
    QUALIFIED,
    DISQUALIFIED;

    public static Optional<ProspectStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.toString().equals(text)).findFirst();
    }

    /** Every wire name, comma-separated, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(ProspectStatus::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
