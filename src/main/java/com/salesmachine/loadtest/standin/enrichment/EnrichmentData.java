package com.salesmachine.loadtest.standin.enrichment;

/** What the AI adds to a prospect. */
public record EnrichmentData(
        String companySize, String industry, String seniority, String location, String summary, String model) {}
