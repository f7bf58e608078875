package com.salesmachine.loadtest.standin.http;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a request asks to upgrade to HTTP/2 over cleartext: an {@code Upgrade} field (RFC 9110,
 * section 7.8) listing the protocol {@code h2c}. The JDK's HttpClient sends one on every {@code http://}
 * request when left at its default version, HTTP/2.
 */
public final class H2cUpgrade {
    public static final String HEADER = "Upgrade";
    public static final String PROTOCOL = "h2c";

    private H2cUpgrade() {}

    /** {@code upgradeValues}: every {@code Upgrade} line of the request (none when absent). */
    public static boolean requested(List<String> upgradeValues) {
        return upgradeValues.stream()
                .flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::trim)
                .anyMatch(PROTOCOL::equalsIgnoreCase);
    }
}
