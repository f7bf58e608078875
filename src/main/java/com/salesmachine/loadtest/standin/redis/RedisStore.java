package com.salesmachine.loadtest.standin.redis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An in-memory key space with Redis list semantics: LPUSH adds at the head, RPOP takes from the
 * tail (so LPUSH + RPOP is first-in first-out), and a list that becomes empty no longer exists.
 *
 * <p>Thread-safe: like Redis, every command runs alone.
 */
public final class RedisStore {
    private final Map<String, ArrayDeque<String>> lists = new HashMap<>();

    /** Adds each value at the head, in order; returns the list's new length. */
    public synchronized long lpush(String key, List<String> values) {
        ArrayDeque<String> list = lists.computeIfAbsent(key, k -> new ArrayDeque<>());
        values.forEach(list::addFirst);
        return list.size();
    }

    /** Adds each value at the tail, in order; returns the list's new length. */
    public synchronized long rpush(String key, List<String> values) {
        ArrayDeque<String> list = lists.computeIfAbsent(key, k -> new ArrayDeque<>());
        values.forEach(list::addLast);
        return list.size();
    }

    /** Removes and returns up to {@code count} values from the head. */
    public synchronized List<String> lpop(String key, int count) {
        return pop(key, count, true);
    }

    /** Removes and returns up to {@code count} values from the tail, the oldest LPUSHed first. */
    public synchronized List<String> rpop(String key, int count) {
        return pop(key, count, false);
    }

    public synchronized long llen(String key) {
        ArrayDeque<String> list = lists.get(key);
        return list == null ? 0 : list.size();
    }

    /**
     * The values from index {@code start} to {@code stop}, both included, head first; negative
     * indexes count from the tail ({@code -1} is the last), out-of-range indexes are clamped.
     */
    public synchronized List<String> lrange(String key, long start, long stop) {
        ArrayDeque<String> list = lists.get(key);
        if (list == null) {
            return List.of();
        }
        int size = list.size();
        long from = start < 0 ? Math.max(0, size + start) : start;
        long to = Math.min(size - 1L, stop < 0 ? size + stop : stop);
        if (from > to) {
            return List.of();
        }
        var values = new ArrayList<String>((int) (to - from + 1));
        Iterator<String> it = list.iterator();
        for (long i = 0; i <= to; i++) {
            String value = it.next();
            if (i >= from) {
                values.add(value);
            }
        }
        return values;
    }

    /** Deletes the keys; returns how many existed. */
    public synchronized long del(Collection<String> keys) {
        return keys.stream().filter(k -> lists.remove(k) != null).count();
    }

    /** How many of the keys exist (a key named twice counts twice, as in Redis). */
    public synchronized long exists(Collection<String> keys) {
        return keys.stream().filter(lists::containsKey).count();
    }

    private List<String> pop(String key, int count, boolean head) {
        ArrayDeque<String> list = lists.get(key);
        if (list == null || count <= 0) {
            return List.of();
        }
        var popped = new ArrayList<String>(Math.min(count, list.size()));
        while (popped.size() < count && !list.isEmpty()) {
            popped.add(head ? list.pollFirst() : list.pollLast());
        }
        if (list.isEmpty()) {
            lists.remove(key);
        }
        return popped;
    }
}
