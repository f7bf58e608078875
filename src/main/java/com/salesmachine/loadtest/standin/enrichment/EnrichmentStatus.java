package com.salesmachine.loadtest.standin.enrichment;

import java.util.Locale;

/** Where an enrichment stands; written in lower case on the wire. */
public enum EnrichmentStatus {
    /** Accepted; the AI call has not come back yet. */
    PENDING,
    COMPLETED,
    /** The AI call failed; the stand-in never fails one, but clients must handle it. */
    FAILED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
