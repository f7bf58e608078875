package com.salesmachine.loadtest.standin.dashboard;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;

/** {@code GET /dashboard}. */
public final class DashboardHandler {
    private final DashboardService dashboards;
    private final DatabaseResponder database;

    public DashboardHandler(DashboardService dashboards, DatabaseResponder database) {
        this.dashboards = dashboards;
        this.database = database;
    }

    public void get(Context ctx, String owner) {
        database.respond(
                ctx, Operation.DASHBOARD, () -> dashboards.of(owner), dashboard -> Json.write(ctx, 200, dashboard));
    }
}
