package com.salesmachine.loadtest.standin.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExecutionCursorTest {
    @Test
    void aCursor_isBase64OfTheLastIdAndLimit_asARealN8nsIs_andDecodesToTheLastId() {
        String cursor = ExecutionCursor.encode(42, 100);

        assertEquals(
                "{\"lastId\":\"42\",\"limit\":100}",
                new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8));
        assertEquals(OptionalLong.of(42), ExecutionCursor.decode(cursor));
    }

    @Test
    void anythingElse_decodesToNothing() {
        assertEquals(OptionalLong.empty(), ExecutionCursor.decode("not base64!"));
        assertEquals(
                OptionalLong.empty(),
                ExecutionCursor.decode(Base64.getEncoder().encodeToString("{\"lastId\":\"x\"}".getBytes())));
    }
}
