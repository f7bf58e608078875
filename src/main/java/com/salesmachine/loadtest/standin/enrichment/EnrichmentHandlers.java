package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.http.ApiError;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /prospects/{id}/enrichment} over HTTP: trigger (202, or 429 with {@code Retry-After}) and
 * status; and the stand-in's own counters of what it served. Rules live in {@link EnrichmentEngine}.
 */
public final class EnrichmentHandlers {
    public static final String ROUTE = "/prospects/{id}/enrichment";
    /** Where the stand-in's own endpoints live, outside the product's API. */
    public static final String STANDIN_PATH = "/_standin";
    /** Not part of the product's API: for tests and the suite's reconciliation after a run. */
    public static final String COUNTERS_PATH = STANDIN_PATH + "/enrichment/counters";

    public static final String RETRY_AFTER = "Retry-After";

    private final EnrichmentEngine engine;
    private final DatabaseResponder database;

    public EnrichmentHandlers(EnrichmentEngine engine, DatabaseResponder database) {
        this.engine = engine;
        this.database = database;
    }

    public void trigger(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(ctx, Operation.ENRICHMENT_TRIGGER, () -> engine.trigger(owner, id), triggered -> {
            if (triggered instanceof Triggered.Accepted accepted) {
                ctx.header(Headers.LOCATION, "/prospects/" + id + "/enrichment");
                Json.write(ctx, 202, accepted.enrichment());
            } else if (triggered instanceof Triggered.Throttled throttled) {
                throw rateLimited(throttled);
            } else if (triggered instanceof Triggered.AlreadyRunning running) {
                throw new HttpFailure(
                        409,
                        new ApiError(
                                "enrichment_in_progress",
                                "Enrichment " + running.enrichment().enrichmentId() + " of prospect " + id
                                        + " is still pending"),
                        Map.of());
            } else {
                throw HttpFailure.notFound("Prospect " + id);
            }
        });
    }

    public void status(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(
                ctx,
                Operation.ENRICHMENT_GET,
                () -> engine.find(owner, id),
                found -> Json.write(
                        ctx, 200, found.orElseThrow(() -> HttpFailure.notFound("Enrichment of prospect " + id))));
    }

    public void counters(Context ctx) {
        Json.write(ctx, 200, engine.counts());
    }

    private static HttpFailure rateLimited(Triggered.Throttled throttled) {
        var headers = new LinkedHashMap<String, String>();
        throttled.advice().header().ifPresent(value -> headers.put(RETRY_AFTER, value));
        String message = "The AI enrichment budget is spent"
                + throttled.advice().header().map(v -> "; retry after " + v).orElse("; retry later");
        return new HttpFailure(429, new ApiError("rate_limited", message), headers);
    }
}
