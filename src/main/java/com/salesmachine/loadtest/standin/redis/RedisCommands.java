package com.salesmachine.loadtest.standin.redis;

import java.util.List;
import java.util.Locale;

/**
 * The subset of Redis commands the stand-in's queue store answers, with Redis's replies and
 * errors: PING, LPUSH, RPUSH, LPOP, RPOP, LLEN, LRANGE, DEL, EXISTS.
 */
public final class RedisCommands {
    /** The command names, for messages and the docs. */
    public static final List<String> NAMES =
            List.of("PING", "LPUSH", "RPUSH", "LPOP", "RPOP", "LLEN", "LRANGE", "DEL", "EXISTS");

    private final RedisStore store;

    public RedisCommands(RedisStore store) {
        this.store = store;
    }

    /**
     * Runs {@code command} (name first, then its arguments) and returns its reply: a {@code Long},
     * a {@code String}, a {@code List<String>} or null; throws {@link RedisError} when Redis would.
     */
    public Object execute(List<String> command) {
        if (command.isEmpty()) {
            throw new RedisError("ERR empty command");
        }
        String name = command.get(0).toLowerCase(Locale.ROOT);
        List<String> args = command.subList(1, command.size());
        return switch (name) {
            case "ping" -> {
                arity(name, args, 0, 1);
                yield args.isEmpty() ? "PONG" : args.get(0);
            }
            case "lpush" -> {
                arity(name, args, 2, Integer.MAX_VALUE);
                yield store.lpush(args.get(0), args.subList(1, args.size()));
            }
            case "rpush" -> {
                arity(name, args, 2, Integer.MAX_VALUE);
                yield store.rpush(args.get(0), args.subList(1, args.size()));
            }
            case "lpop", "rpop" -> pop(name, args);
            case "llen" -> {
                arity(name, args, 1, 1);
                yield store.llen(args.get(0));
            }
            case "lrange" -> {
                arity(name, args, 3, 3);
                yield store.lrange(args.get(0), integer(args.get(1)), integer(args.get(2)));
            }
            case "del" -> {
                arity(name, args, 1, Integer.MAX_VALUE);
                yield store.del(args);
            }
            case "exists" -> {
                arity(name, args, 1, Integer.MAX_VALUE);
                yield store.exists(args);
            }
            default -> throw new RedisError("ERR unknown command '" + command.get(0) + "'");
        };
    }

    /** Without a count: one value or null. With a count: a list, or null when the key does not exist. */
    private Object pop(String name, List<String> args) {
        arity(name, args, 1, 2);
        String key = args.get(0);
        boolean head = name.equals("lpop");
        if (args.size() == 1) {
            List<String> one = head ? store.lpop(key, 1) : store.rpop(key, 1);
            return one.isEmpty() ? null : one.get(0);
        }
        long count = integer(args.get(1));
        if (count < 0) {
            throw new RedisError("ERR value is out of range, must be positive");
        }
        if (store.exists(List.of(key)) == 0) {
            return null;
        }
        int n = (int) Math.min(count, Integer.MAX_VALUE);
        return head ? store.lpop(key, n) : store.rpop(key, n);
    }

    private static void arity(String name, List<String> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new RedisError("ERR wrong number of arguments for '" + name + "' command");
        }
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RedisError("ERR value is not an integer or out of range");
        }
    }
}
