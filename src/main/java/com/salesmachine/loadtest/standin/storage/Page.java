package com.salesmachine.loadtest.standin.storage;

import java.util.List;

/** One page of a listing, as the contract shapes it. */
public record Page<T>(List<T> items, int page, int pageSize, int total, int totalPages) {}
