package com.salesmachine.loadtest.standin.http;

import com.salesmachine.loadtest.standin.database.DatabaseUnavailableException;
import com.salesmachine.loadtest.standin.database.QueryResult;
import com.salesmachine.loadtest.standin.storage.LimitReachedException;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mapping from every failure to the contract's JSON error body: the rules' exceptions, handlers'
 * {@link HttpFailure}s, and the errors Javalin makes itself (unknown route, body too large).
 * Never a stack trace in a response.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final String WRITTEN = "standin.errorWritten";

    private ErrorResponses() {}

    public static void register(RoutesConfig routes) {
        routes.exception(Exception.class, ErrorResponses::handle);
        for (HttpStatus status : HttpStatus.values()) {
            if (status.getCode() >= 400) {
                routes.error(status.getCode(), ErrorResponses::fillIfEmpty);
            }
        }
    }

    /** The answer for a failure: status, error body and extra headers. */
    public static HttpFailure answerFor(Exception exception) {
        if (exception instanceof HttpFailure failure) {
            return failure;
        } else if (exception instanceof ValidationException invalid) {
            var body = new ApiError("validation_failed", invalid.getMessage(), invalid.fieldErrors());
            return new HttpFailure(400, body, Map.of());
        } else if (exception instanceof LimitReachedException limit) {
            return new HttpFailure(409, new ApiError("limit_reached", limit.getMessage()), Map.of());
        } else if (exception instanceof DatabaseUnavailableException unavailable) {
            return new HttpFailure(
                    503,
                    new ApiError("database_unavailable", unavailable.getMessage()),
                    Map.of(Headers.SERVER_TIMING, QueryResult.serverTiming(Duration.ZERO, unavailable.waited())));
        } else if (exception instanceof HttpResponseException javalin) {
            return new HttpFailure(javalin.getStatus(), forStatus(javalin.getStatus()), Map.of());
        }
        return new HttpFailure(500, new ApiError("internal_error", "The stand-in failed unexpectedly"), Map.of());
    }

    private static void handle(Exception exception, Context ctx) {
        HttpFailure answer = answerFor(exception);
        if (answer.status() == 500) {
            LOG.error("Unexpected failure answering {} {}", ctx.method(), ctx.path(), exception);
        }
        answer.headers().forEach(ctx::header);
        write(ctx, answer.status(), answer.body());
    }

    /** Keeps the error body a handler wrote itself (a service with its own error format) as it is. */
    public static void keepBody(Context ctx) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
    }

    /** Javalin's own error answers (e.g. no such route) get a JSON body too. */
    private static void fillIfEmpty(Context ctx) {
        if (ctx.attribute(WRITTEN) == null) {
            write(ctx, ctx.statusCode(), forStatus(ctx.statusCode()));
        }
    }

    private static void write(Context ctx, int status, ApiError body) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Json.write(ctx, status, body);
    }

    private static ApiError forStatus(int code) {
        if (code == 404) {
            return new ApiError("not_found", "No such resource");
        }
        String reason = HttpStatus.forStatus(code).getMessage();
        return new ApiError(reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), reason);
    }
}
