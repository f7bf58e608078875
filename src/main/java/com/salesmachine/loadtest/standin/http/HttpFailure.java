package com.salesmachine.loadtest.standin.http;

import java.util.Map;

/** An answer other than success decided by a handler or filter: a status and the error body to send. */
public final class HttpFailure extends RuntimeException {
    private final int status;
    private final ApiError body;
    private final Map<String, String> headers;

    public HttpFailure(int status, ApiError body, Map<String, String> headers) {
        super(body.message(), null, false, false);
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    public static HttpFailure notFound(String what) {
        return new HttpFailure(404, new ApiError("not_found", what + " not found"), Map.of());
    }

    /** An error with N8N's body, {@code {"message": ...}} and nothing else. */
    public static HttpFailure messageOnly(int status, String message) {
        return new HttpFailure(status, new ApiError(null, message, null), Map.of());
    }

    /** 401 for a missing, unknown or expired bearer token. */
    public static HttpFailure unauthorized(String message) {
        return new HttpFailure(401, new ApiError("unauthorized", message), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static HttpFailure invalidCredentials() {
        return new HttpFailure(401, new ApiError("invalid_credentials", "Unknown email or wrong password"), Map.of());
    }

    public static HttpFailure invalidApiKey() {
        return new HttpFailure(401, new ApiError("invalid_api_key", "Missing or wrong X-API-Key header"), Map.of());
    }

    public int status() {
        return status;
    }

    public ApiError body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
