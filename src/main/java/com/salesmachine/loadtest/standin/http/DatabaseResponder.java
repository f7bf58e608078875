package com.salesmachine.loadtest.standin.http;

import com.salesmachine.loadtest.standin.database.Database;
import com.salesmachine.loadtest.standin.database.Operation;
import io.javalin.http.Context;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The handlers' way to the modelled database: runs the call asynchronously so no Jetty thread
 * waits, then writes {@code Server-Timing} and the success (or the rule exception, via {@link ErrorResponses}).
 */
public final class DatabaseResponder {
    private final Database database;

    public DatabaseResponder(Database database) {
        this.database = database;
    }

    public <T> void respond(Context ctx, Operation operation, Supplier<T> work, Consumer<T> onSuccess) {
        ctx.future(() -> database.run(operation, work).thenAccept(result -> {
            ctx.header(Headers.SERVER_TIMING, result.serverTiming());
            onSuccess.accept(result.valueOrThrow());
        }));
    }
}
