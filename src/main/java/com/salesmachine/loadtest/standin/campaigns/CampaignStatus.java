package com.salesmachine.loadtest.standin.campaigns;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a campaign stands; written in lower case on the wire. New campaigns are drafts. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVE,
    PAUSED,
    COMPLETED;

    public static Optional<CampaignStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.toString().equals(text)).findFirst();
    }

    /** Every wire name, comma-separated, for error messages. */
    public static String names() {
        return Arrays.stream(values()).map(CampaignStatus::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
