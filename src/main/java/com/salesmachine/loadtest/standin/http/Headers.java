package com.salesmachine.loadtest.standin.http;

/** Header names the stand-in reads or writes. */
public final class Headers {
    public static final String AUTHORIZATION = "Authorization";
    public static final String API_KEY = "X-API-Key";
    public static final String LOCATION = "Location";
    public static final String SERVER_TIMING = "Server-Timing";

    private Headers() {}
}
