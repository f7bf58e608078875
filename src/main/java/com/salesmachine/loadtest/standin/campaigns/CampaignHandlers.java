package com.salesmachine.loadtest.standin.campaigns;

import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import io.javalin.http.Context;

/** {@code /campaigns} and {@code /campaigns/{id}}: HTTP in and out, rules in {@link CampaignStore}. */
public final class CampaignHandlers {
    private final CampaignStore store;
    private final DatabaseResponder database;

    public CampaignHandlers(CampaignStore store, DatabaseResponder database) {
        this.store = store;
        this.database = database;
    }

    public void list(Context ctx, String owner) {
        ListQuery<CampaignStatus> query = ListQuery.parse(
                ctx.queryParam("page"),
                ctx.queryParam("pageSize"),
                ctx.queryParam("status"),
                ctx.queryParam("tag"),
                CampaignStatus::fromWire,
                CampaignStatus.names());
        database.respond(
                ctx, Operation.CAMPAIGNS_LIST, () -> store.list(owner, query), page -> Json.write(ctx, 200, page));
    }

    public void create(Context ctx, String owner) {
        NewCampaign campaign = NewCampaign.from(Json.readObject(ctx));
        database.respond(ctx, Operation.CAMPAIGNS_CREATE, () -> store.create(owner, campaign), created -> {
            ctx.header(Headers.LOCATION, "/campaigns/" + created.id());
            Json.write(ctx, 201, created);
        });
    }

    public void get(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(
                ctx,
                Operation.CAMPAIGNS_GET,
                () -> store.find(owner, id),
                found -> Json.write(ctx, 200, found.orElseThrow(() -> HttpFailure.notFound("Campaign " + id))));
    }

    public void delete(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        database.respond(ctx, Operation.CAMPAIGNS_DELETE, () -> store.delete(owner, id), deleted -> {
            if (!deleted) {
                throw HttpFailure.notFound("Campaign " + id);
            }
            ctx.status(204);
        });
    }
}
