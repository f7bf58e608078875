package com.salesmachine.loadtest.standin.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.salesmachine.loadtest.standin.database.DatabaseUnavailableException;
import com.salesmachine.loadtest.standin.storage.LimitReachedException;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import io.javalin.http.ContentTooLargeResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {
    @Test
    void validationFailure_becomes400_withTheFieldErrors() {
        var answer = ErrorResponses.answerFor(ValidationException.of("email", "is required"));

        assertEquals(400, answer.status());
        assertEquals(
                new ApiError("validation_failed", "email is required", Map.of("email", "is required")), answer.body());
    }

    @Test
    void reachedLimit_becomes409LimitReached() {
        var answer = ErrorResponses.answerFor(new LimitReachedException("prospects", 100_000));

        assertEquals(409, answer.status());
        assertEquals("limit_reached", answer.body().error());
        assertNull(answer.body().fieldErrors());
    }

    @Test
    void exhaustedPool_becomes503_withServerTiming() {
        var answer = ErrorResponses.answerFor(new DatabaseUnavailableException(Duration.ofSeconds(2)));

        assertEquals(503, answer.status());
        assertEquals("database_unavailable", answer.body().error());
        assertEquals(Map.of("Server-Timing", "db;dur=0.0, pool;dur=2000.0"), answer.headers());
    }

    @Test
    void javalinsOwnErrors_keepTheirStatus_withASnakeCaseCode() {
        var answer = ErrorResponses.answerFor(new ContentTooLargeResponse("too big"));

        assertEquals(413, answer.status());
        assertEquals("content_too_large", answer.body().error());
    }

    @Test
    void anythingElse_becomes500_withoutItsMessage() {
        var answer = ErrorResponses.answerFor(new IllegalStateException("secret internals"));

        assertEquals(500, answer.status());
        assertEquals(new ApiError("internal_error", "The stand-in failed unexpectedly"), answer.body());
    }
}
