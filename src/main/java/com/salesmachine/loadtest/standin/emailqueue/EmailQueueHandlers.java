package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import com.salesmachine.loadtest.standin.database.Database;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.QueryResult;
import com.salesmachine.loadtest.standin.http.ApiError;
import com.salesmachine.loadtest.standin.http.DatabaseResponder;
import com.salesmachine.loadtest.standin.http.Headers;
import com.salesmachine.loadtest.standin.http.HttpFailure;
import com.salesmachine.loadtest.standin.http.Json;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /campaigns/{id}/prospects}, {@code /campaigns/{id}/send} and {@code /campaigns/{id}/queue}:
 * HTTP in and out; the rules live in {@link EmailOutbox}, {@link EmailQueue} and {@link CampaignStore}.
 * Queue operations add {@code redis} and {@code queue} entries to the database's {@code Server-Timing}.
 */
public final class EmailQueueHandlers {
    private final CampaignStore campaigns;
    private final EmailOutbox outbox;
    private final EmailQueue queue;
    private final Database database;
    private final DatabaseResponder responder;

    public EmailQueueHandlers(CampaignStore campaigns, EmailOutbox outbox, EmailQueue queue, Database database) {
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.queue = queue;
        this.database = database;
        this.responder = new DatabaseResponder(database);
    }

    public void addProspects(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        List<String> prospectIds = ProspectIdsBody.from(Json.readObject(ctx));
        responder.respond(
                ctx,
                Operation.CAMPAIGNS_ADD_PROSPECTS,
                () -> campaigns.addProspects(owner, id, prospectIds),
                updated -> Json.write(ctx, 200, updated.orElseThrow(() -> HttpFailure.notFound("Campaign " + id))));
    }

    public void send(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        ctx.future(() -> database.run(Operation.CAMPAIGNS_SEND, () -> outbox.queueFor(owner, id))
                .thenCompose(db -> {
                    List<String> emailIds = found(ctx, db, id);
                    return queue.push(emailIds).thenAccept(pushed -> {
                        ctx.header(
                                Headers.SERVER_TIMING,
                                db.serverTiming() + ", " + pushed.timing().serverTiming());
                        Json.write(ctx, 202, new SendAnswer(id, emailIds.size(), emailIds, pushed.value()));
                    });
                }));
    }

    public void status(Context ctx, String owner) {
        String id = ctx.pathParam("id");
        ctx.future(() -> database.run(Operation.CAMPAIGNS_QUEUE, () -> outbox.status(owner, id))
                .thenCompose(db -> {
                    QueueStatus status = found(ctx, db, id);
                    return queue.depth().thenAccept(depth -> {
                        ctx.header(
                                Headers.SERVER_TIMING,
                                db.serverTiming() + ", " + depth.timing().serverTiming());
                        Json.write(ctx, 200, status.withQueueDepth(depth.value()));
                    });
                }));
    }

    /** The database step's value: sets its timing, answers 404 for no such campaign, 409 for nothing to send. */
    private static <T> T found(Context ctx, QueryResult<Optional<T>> db, String id) {
        ctx.header(Headers.SERVER_TIMING, db.serverTiming());
        try {
            return db.valueOrThrow().orElseThrow(() -> HttpFailure.notFound("Campaign " + id));
        } catch (NothingToSendException e) {
            throw new HttpFailure(409, new ApiError("nothing_to_send", e.getMessage()), Map.of());
        }
    }
}
