package com.salesmachine.loadtest.standin.dashboard;

import com.salesmachine.loadtest.standin.storage.StatusCounts;
import java.time.Instant;

/** One account's totals: prospects and campaigns, per status, and when they were counted. */
public record Dashboard(StatusCounts prospects, StatusCounts campaigns, Instant generatedAt) {}
