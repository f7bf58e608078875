package com.salesmachine.loadtest.standin.emailqueue;

import java.util.List;

/** The {@code 202} answer of {@code POST /campaigns/{id}/send}: how many emails were queued, their ids, and the queue's depth after. */
public record SendAnswer(String campaignId, int queued, List<String> emailIds, long queueDepth) {}
