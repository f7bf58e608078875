package com.salesmachine.loadtest.standin.enrichment;

import java.time.Instant;

/**
 * One enrichment of a prospect, as {@code GET /prospects/{id}/enrichment} returns it; {@code
 * completedAt} and {@code data} are absent until it has completed.
 */
public record Enrichment(
        String enrichmentId,
        String prospectId,
        EnrichmentStatus status,
        Instant requestedAt,
        Instant completedAt,
        EnrichmentData data) {}
