package com.salesmachine.loadtest.standin.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The stand-in's own JSON reading and writing (independent of Javalin's JSON mapper): absent
 * values are left out, enums are written by their lower-case names, instants as ISO-8601 UTC to
 * the millisecond.
 */
public final class Json {
    public static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new SimpleModule("stand-in").addSerializer(Instant.class, new InstantSerializer()));

    private Json() {}

    /** Writes {@code body} as the response, with {@code status}. */
    public static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Whether {@code bytes} are JSON (any value) or nothing at all. */
    public static boolean parses(byte[] bytes) {
        if (bytes.length == 0) {
            return true;
        }
        try {
            MAPPER.readTree(bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The request body as a JSON object; a {@link ValidationException} when it is not one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(Context ctx) {
        Object parsed;
        try {
            byte[] bytes = ctx.bodyAsBytes();
            parsed = bytes.length == 0 ? null : MAPPER.readValue(bytes, Object.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException("The request body is not valid JSON", Map.of("body", "is not valid JSON"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ValidationException(
                    "The request body must be a JSON object", Map.of("body", "must be a JSON object"));
        }
        return (Map<String, Object>) map;
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.truncatedTo(ChronoUnit.MILLIS).toString());
        }
    }
}
