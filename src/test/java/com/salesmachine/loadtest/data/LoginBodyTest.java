package com.salesmachine.loadtest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginBodyTest {
    @Test
    void of_isTheJsonOfTheAccount_quotesAndAll() throws Exception {
        String body = LoginBody.of("a\"b@x.io", "p\\w\"1\n");
        assertEquals(
                Map.of("email", "a\"b@x.io", "password", "p\\w\"1\n"), new ObjectMapper().readValue(body, Map.class));
    }
}
