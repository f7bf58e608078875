package com.salesmachine.loadtest.standin.http;

import com.salesmachine.loadtest.standin.database.Database;
import com.salesmachine.loadtest.standin.database.Operation;
import com.salesmachine.loadtest.standin.database.QueryResult;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The handlers' way to the modelled database: runs the call asynchronously so no Jetty thread
 * waits, then writes {@code Server-Timing} and the success (or the rule exception, via {@link ErrorResponses}).
 * A call answered at once (no service time, a free connection) is written straight away, without
 * Javalin's asynchronous hand-off.
 */
public final class DatabaseResponder {
    private final Database database;

    public DatabaseResponder(Database database) {
        this.database = database;
    }

    public <T> void respond(Context ctx, Operation operation, Supplier<T> work, Consumer<T> onSuccess) {
        CompletableFuture<QueryResult<T>> call = database.run(operation, work);
        if (call.isDone() && !call.isCompletedExceptionally()) {
            answer(ctx, call.join(), onSuccess);
        } else {
            ctx.future(() -> call.thenAccept(result -> answer(ctx, result, onSuccess)));
        }
    }

    private static <T> void answer(Context ctx, QueryResult<T> result, Consumer<T> onSuccess) {
        ctx.header(Headers.SERVER_TIMING, result.serverTiming());
        onSuccess.accept(result.valueOrThrow());
    }
}
