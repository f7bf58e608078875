package com.salesmachine.loadtest.standin.http;

import java.util.Map;

/**
 * The contract's error body; {@code fieldErrors} is null (left out) except on {@code validation_failed}.
 * N8N's bodies carry only the message: {@code error} null (left out).
 */
public record ApiError(String error, String message, Map<String, String> fieldErrors) {
    public ApiError(String error, String message) {
        this(error, message, null);
    }
}
