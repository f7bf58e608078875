package com.salesmachine.loadtest.data;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The log-in request's body, {@code {"email":...,"password":...}}, for the load, the preflight and conformance. */
public final class LoginBody {
    private LoginBody() {}

    /** Joined as text with JSON quoting: a JSON writer per log-in would cost more than the call. */
    public static String of(String email, String password) {
        var json = JsonStringEncoder.getInstance();
        return "{\"email\":\"" + new String(json.quoteAsString(email)) + "\",\"password\":\""
                + new String(json.quoteAsString(password)) + "\"}";
    }
}
