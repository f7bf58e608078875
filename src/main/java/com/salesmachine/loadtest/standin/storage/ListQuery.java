package com.salesmachine.loadtest.standin.storage;

import com.salesmachine.loadtest.standin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;

/** Which page of a listing to return and which items to keep: status (if given) and tag (if given), exact match. */
public record ListQuery<S extends Enum<S>>(int page, int pageSize, S status, String tag) {
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    public ListQuery {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 1 and pageSize 1 to " + MAX_PAGE_SIZE);
        }
    }

    /**
     * Reads the query parameters as sent (null when absent); throws a {@link ValidationException}
     * naming every bad one.
     */
    public static <S extends Enum<S>> ListQuery<S> parse(
            String page,
            String pageSize,
            String status,
            String tag,
            Function<String, Optional<S>> statuses,
            String statusNames) {
        var errors = new LinkedHashMap<String, String>();
        int pageNumber = number(page, 1, 1, Integer.MAX_VALUE, "page", "must be a whole number from 1", errors);
        int size = number(
                pageSize,
                DEFAULT_PAGE_SIZE,
                1,
                MAX_PAGE_SIZE,
                "pageSize",
                "must be a whole number from 1 to " + MAX_PAGE_SIZE,
                errors);
        S wanted = null;
        if (status != null && !status.isEmpty()) {
            wanted = statuses.apply(status).orElse(null);
            if (wanted == null) {
                errors.put("status", "must be one of " + statusNames);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException("Bad query parameters: " + String.join(", ", errors.keySet()), errors);
        }
        return new ListQuery<>(pageNumber, size, wanted, tag == null || tag.isEmpty() ? null : tag);
    }

    public boolean matches(StoredItem<S> item) {
        return (status == null || item.status() == status)
                && (tag == null || item.tags().contains(tag));
    }

    private static int number(
            String text,
            int absent,
            int min,
            int max,
            String name,
            String problem,
            LinkedHashMap<String, String> errors) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, problem);
        return absent;
    }
}
