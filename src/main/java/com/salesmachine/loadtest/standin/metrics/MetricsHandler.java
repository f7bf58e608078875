package com.salesmachine.loadtest.standin.metrics;

import io.javalin.http.Context;

/**
 * {@code GET /metrics}: the process's and JVM's figures in the Prometheus text format. Open like
 * {@code /health} (no API key, no token): a Prometheus scraper carries no credentials of the API.
 * With {@code standin.native} it leaves the JVM's figures out, as a service outside a JVM would.
 */
public final class MetricsHandler {
    public static final String PATH = "/metrics";

    private final JvmReader reader;
    private final boolean jvm;

    public MetricsHandler(JvmReader reader, boolean jvm) {
        this.reader = reader;
        this.jvm = jvm;
    }

    public void get(Context ctx) {
        ctx.status(200).contentType(Exposition.CONTENT_TYPE).result(Exposition.of(reader.read(), jvm));
    }
}
