package com.salesmachine.loadtest.standin.storage;

import java.util.Map;

/** How many items an owner holds, in total and per status (every status listed, zeros included). */
public record StatusCounts(int total, Map<String, Integer> byStatus) {}
