package com.salesmachine.loadtest.standin.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedisCommandsTest {
    private final RedisStore store = new RedisStore();
    private final RedisCommands redis = new RedisCommands(store);

    @Test
    void lpushThenRpop_isFirstInFirstOut() {
        assertEquals(2L, run("LPUSH", "q", "a", "b"));
        assertEquals(3L, run("lpush", "q", "c"));

        assertEquals("a", run("RPOP", "q"));
        assertEquals(List.of("b", "c"), run("RPOP", "q", "5"));
        assertNull(run("RPOP", "q"), "RPOP of a missing key without a count is nil");
        assertNull(run("RPOP", "q", "2"), "RPOP of a missing key with a count is nil, not an empty list");
    }

    @Test
    void lrange_takesRedisIndexes_negativeFromTheTail_andClampsOutOfRange() {
        run("RPUSH", "l", "a", "b", "c", "d");

        assertEquals(List.of("a", "b", "c", "d"), run("LRANGE", "l", "0", "-1"));
        assertEquals(List.of("c", "d"), run("LRANGE", "l", "-2", "100"));
        assertEquals(List.of("b"), run("LRANGE", "l", "1", "1"));
        assertEquals(List.of(), run("LRANGE", "l", "3", "1"));
        assertEquals(List.of(), run("LRANGE", "missing", "0", "-1"));
    }

    @Test
    void anEmptiedList_nolongerExists_andDelCountsWhatItRemoved() {
        run("LPUSH", "a", "1");
        run("LPUSH", "b", "1");
        run("LPOP", "a");

        assertEquals(0L, run("EXISTS", "a"));
        assertEquals(0L, run("LLEN", "a"));
        assertEquals(1L, run("EXISTS", "b"));
        assertEquals(1L, run("DEL", "a", "b", "c"));
        assertEquals(0L, run("EXISTS", "b"));
    }

    @Test
    void ping_answersPongOrItsMessage() {
        assertEquals("PONG", run("PING"));
        assertEquals("hello", run("ping", "hello"));
    }

    @Test
    void badCommands_areRefusedWithRedissWording() {
        assertRefused("ERR unknown command 'SET'", "SET", "k", "v");
        assertRefused("ERR wrong number of arguments for 'lpush' command", "LPUSH", "k");
        assertRefused("ERR wrong number of arguments for 'llen' command", "LLEN");
        assertRefused("ERR value is not an integer or out of range", "LRANGE", "k", "zero", "1");
        assertRefused("ERR value is out of range, must be positive", "RPOP", "k", "-1");
        assertRefused("ERR empty command");
    }

    private Object run(String... command) {
        return redis.execute(List.of(command));
    }

    private void assertRefused(String message, String... command) {
        var e = assertThrows(RedisError.class, () -> run(command));
        assertEquals(message, e.getMessage());
    }
}
