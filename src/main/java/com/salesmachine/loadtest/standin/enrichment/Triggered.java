package com.salesmachine.loadtest.standin.enrichment;

import java.time.Duration;

/** What a trigger came to: accepted, throttled, already running, or no such prospect of the caller's. */
public sealed interface Triggered {
    record Accepted(Enrichment enrichment) implements Triggered {}

    /** Refused because the budget is spent; {@code advice} is what the 429 tells the client. */
    record Throttled(RetryAfterForm.Advice advice, Duration untilNextToken) implements Triggered {}

    record AlreadyRunning(Enrichment enrichment) implements Triggered {}

    record NoSuchProspect() implements Triggered {}
}
