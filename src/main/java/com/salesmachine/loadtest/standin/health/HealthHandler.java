package com.salesmachine.loadtest.standin.health;

import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;

/** {@code GET /health}: always up, names itself as the stand-in; touches no database. */
public final class HealthHandler {
    public static final String ENVIRONMENT = "stand-in";

    private final Health health;

    public HealthHandler(String version) {
        this.health = new Health("ok", ENVIRONMENT, version);
    }

    public void get(Context ctx) {
        Json.write(ctx, 200, health);
    }

    /** The health body of the contract. */
    public record Health(String status, String environment, String version) {}
}
