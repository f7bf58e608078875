package com.salesmachine.loadtest.emailqueue;

import com.salesmachine.loadtest.settings.SettingSource;
import java.net.URI;

/**
 * Where the email queue's Redis store answers Upstash's REST interface, and its bearer token (a
 * secret: never printed; {@link #toString()} masks it).
 */
public record UpstashRest(URI url, String token) {
    @Override
    public String toString() {
        return SettingSource.mask(url.toString()) + " (token ****)";
    }
}
