package com.salesmachine.loadtest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static Shard shard(Map<String, String> env) {
        return Shard.from(new SettingSource(Map.of(), env));
    }

    private static String refusal(Map<String, String> env) {
        return assertThrows(SettingException.class, () -> Settings.load(new SettingSource(Map.of(), env)))
                .getMessage();
    }

    @Test
    void oneInjector_isShardZeroOfOne_andChangesNothing() {
        Shard single = shard(Map.of());
        assertEquals(Shard.single(), single);
        assertFalse(single.isSharded());
        assertEquals(7, single.share(7, "users"));
        assertEquals(List.of(1, 2, 3), single.slice(List.of(1, 2, 3)));
        assertEquals("", single.namePrefix());
        assertEquals(5, single.seed(5));
    }

    @Test
    void theIndex_comesFromShardIndex_elseFromKubernetesJobCompletionIndex() {
        assertEquals(new Shard(1, 3), shard(Map.of("SHARD_INDEX", "1", "SHARD_COUNT", "3")));
        assertEquals(new Shard(2, 3), shard(Map.of("JOB_COMPLETION_INDEX", "2", "SHARD_COUNT", "3")));
        assertEquals(
                new Shard(0, 3), shard(Map.of("SHARD_INDEX", "0", "JOB_COMPLETION_INDEX", "2", "SHARD_COUNT", "3")));
    }

    @Test
    void theShares_addUpToTheWhole_andTheSlicesAreDisjointAndCoverEveryAccount() {
        List<Integer> accounts = IntStream.range(0, 10).boxed().toList();
        int users = 0;
        var seen = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            Shard s = new Shard(i, 3);
            users += s.share(100, "users");
            seen.addAll(s.slice(accounts));
        }
        assertEquals(100, users);
        assertEquals(
                List.of(34, 33, 33),
                IntStream.range(0, 3)
                        .mapToObj(i -> new Shard(i, 3).share(100, "users"))
                        .toList());
        assertEquals(accounts, seen.stream().sorted().toList());
        assertEquals(List.of(1, 4, 7), new Shard(1, 3).slice(accounts));
        assertEquals("s1-", new Shard(1, 3).namePrefix());
        assertTrue(new Shard(1, 3).seed(1) != new Shard(2, 3).seed(1));
    }

    @Test
    void badShardSettings_areRefusedInOneLineNamingTheSetting() {
        assertTrue(
                refusal(Map.of("SHARD_COUNT", "2", "RUN_ID", "lt-20261203-101500-7f3a"))
                        .startsWith(
                                "shardIndex: not set while SHARD_COUNT is 2; give each injector its number, 0 to 1"),
                "no index");
        assertTrue(refusal(Map.of("SHARD_COUNT", "2", "SHARD_INDEX", "2", "RUN_ID", "lt-20261203-101500-7f3a"))
                .startsWith("shardIndex: '2' is not a shard number from 0 to 1"));
        assertTrue(refusal(Map.of("SHARD_COUNT", "2", "JOB_COMPLETION_INDEX", "x", "RUN_ID", "lt-20261203-101500-7f3a"))
                .startsWith("JOB_COMPLETION_INDEX: 'x' is not a shard number from 0 to 1"));
        assertTrue(refusal(Map.of("SHARD_COUNT", "0")).startsWith("shardCount: "));
        assertTrue(refusal(Map.of("SHARD_COUNT", "2", "SHARD_INDEX", "0"))
                .startsWith("runId: not set while SHARD_COUNT is 2; every shard of a run needs the same run id"));
        assertTrue(refusal(Map.of("RUN_ID", "run-1")).startsWith("runId: 'run-1' is not a run id"));
        assertTrue(refusal(Map.of(
                        "SHARD_COUNT",
                        "2",
                        "SHARD_INDEX",
                        "0",
                        "RUN_ID",
                        "lt-20261203-101500-7f3a",
                        "PROFILE",
                        "breakpoint"))
                .startsWith("shardCount: '2' with the breakpoint profile"));
    }

    @Test
    void aShardOffersItsShareOfTheUsers_andTooManyShardsForTheUsersAreRefused() {
        LoadShape load =
                LoadShape.of(10, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO, 1);
        var env = Map.of("SHARD_COUNT", "3", "SHARD_INDEX", "0", "RUN_ID", "lt-20261203-101500-7f3a");
        Settings settings = Settings.load(new SettingSource(Map.of(), env));

        assertEquals(4, settings.shapeFor(load).users());
        assertEquals(10, settings.runShapeFor(load).users());
        assertEquals("lt-20261203-101500-7f3a", settings.runId().orElseThrow());
        Settings twenty = Settings.load(new SettingSource(
                Map.of("users", "2"),
                Map.of("SHARD_COUNT", "3", "SHARD_INDEX", "2", "RUN_ID", "lt-20261203-101500-7f3a")));
        var e = assertThrows(SettingException.class, () -> twenty.shapeFor(load));
        assertEquals(
                "shardCount: 3 shards for 2 users leave a shard without any; use at most 2 shards", e.getMessage());
    }
}
