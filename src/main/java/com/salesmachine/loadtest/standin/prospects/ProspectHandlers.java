package com.salesmachine.loadtest.standin.prospects;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import io.javalin.http.Context;

/** {@code /prospects} and {@code /prospects/{id}}: HTTP in and out, rules in {@link ProspectStore}. */
public final class ProspectHandlers {
    private final ProspectStore store;
    private final DatabaseResponder database;

    public ProspectHandlers(ProspectStore store, DatabaseResponder database) {
        this.store = store;
        this.database = database;
    }

    public void list(Context ctx, String owner) {
        ListQuery<ProspectStatus> query = ListQuery.parse(
                ctx.queryParam("page"),
                ctx.queryParam("pageSize"),
                ctx.queryParam("status"),
                ctx.queryParam("tag"),
                ProspectStatus::fromWire,
                ProspectStatus.names());
        database.respond(
                ctx, Operation.PROSPECTS_LIST, () -> store.list(owner, query), page -> Json.write(ctx, 200, page));
    }

    public void create(Context ctx, String owner) {
        NewProspect prospect = NewProspect.from(Json.readObject(ctx));
        database.respond(ctx, Operation.PROSPECTS_CREATE, () -> store.create(owner, prospect), created -> {
            ctx.header(Headers.LOCATION, "/prospects/" + created.id());
            Json.write(ctx, 201, created);
        });
    }

    public void get(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(
                ctx,
                Operation.PROSPECTS_GET,
                () -> store.find(owner, id),
                found -> Json.write(ctx, 200, found.orElseThrow(() -> HttpFailure.notFound("Prospect " + id))));
    }

    public void delete(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(ctx, Operation.PROSPECTS_DELETE, () -> store.delete(owner, id), deleted -> {
            if (!deleted) {
                throw HttpFailure.notFound("Prospect " + id);
            }
            ctx.status(204);
        });
    }
}
