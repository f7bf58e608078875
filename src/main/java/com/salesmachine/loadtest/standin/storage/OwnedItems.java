package com.salesmachine.loadtest.standin.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * In-memory items of one kind, kept per owner, newest first, at most {@code limit} per owner.
 * An owner never reaches another owner's items: an id of theirs is simply not found.
 *
 * <p>Thread-safe: each owner's items sit behind their own lock, so owners never contend.
 */
public final class OwnedItems<T extends StoredItem<S>, S extends Enum<S>> {
    private final String kind;
    private final Class<S> statusType;
    private final int limit;
    private final ConcurrentHashMap<String, Shelf> shelves = new ConcurrentHashMap<>();

    /** {@code kind} names the items in messages ("prospects"). */
    public OwnedItems(String kind, Class<S> statusType, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.kind = kind;
        this.statusType = statusType;
        this.limit = limit;
    }

    /** Adds an item; throws {@link LimitReachedException} when the owner already holds {@code limit}. */
    public T add(String owner, T item) {
        shelf(owner).add(item);
        return item;
    }

    public Optional<T> find(String owner, String id) {
        return shelf(owner).find(id);
    }

    /** Removes the item; false when the owner holds no item with that id. */
    public boolean remove(String owner, String id) {
        return shelf(owner).remove(id);
    }

    public Page<T> page(String owner, ListQuery<S> query) {
        return shelf(owner).page(query);
    }

    /** Replaces the item with {@code change} applied to it; empty when the owner holds no such item. */
    public Optional<T> update(String owner, String id, UnaryOperator<T> change) {
        return shelf(owner).update(id, change);
    }

    public StatusCounts counts(String owner) {
        return shelf(owner).counts();
    }

    /** The ids among {@code ids} that the owner does not hold, in the order given. */
    public List<String> notHeld(String owner, Collection<String> ids) {
        return shelf(owner).notHeld(ids);
    }

    private Shelf shelf(String owner) {
        return shelves.computeIfAbsent(owner, o -> new Shelf());
    }

    /** One owner's items: ordered by insertion so the newest come first, plus an id index. */
    private final class Shelf {
        private final TreeMap<Long, T> bySequence = new TreeMap<>();
        private final HashMap<String, Long> sequenceById = new HashMap<>();
        private final int[] perStatus = new int[statusType.getEnumConstants().length];
        private long nextSequence;

        synchronized void add(T item) {
            if (bySequence.size() >= limit) {
                throw new LimitReachedException(kind, limit);
            }
            long sequence = nextSequence++;
            bySequence.put(sequence, item);
            sequenceById.put(item.id(), sequence);
            perStatus[item.status().ordinal()]++;
        }

        synchronized Optional<T> find(String id) {
            Long sequence = sequenceById.get(id);
            return sequence == null ? Optional.empty() : Optional.of(bySequence.get(sequence));
        }

        synchronized boolean remove(String id) {
            Long sequence = sequenceById.remove(id);
            if (sequence == null) {
                return false;
            }
            perStatus[bySequence.remove(sequence).status().ordinal()]--;
            return true;
        }

        synchronized Optional<T> update(String id, UnaryOperator<T> change) {
            Long sequence = sequenceById.get(id);
            if (sequence == null) {
                return Optional.empty();
            }
            T old = bySequence.get(sequence);
            T changed = change.apply(old);
            if (!changed.id().equals(id)) {
                throw new IllegalArgumentException("an update cannot change the id " + id);
            }
            bySequence.put(sequence, changed);
            perStatus[old.status().ordinal()]--;
            perStatus[changed.status().ordinal()]++;
            return Optional.of(changed);
        }

        synchronized Page<T> page(ListQuery<S> query) {
            long skip = (long) (query.page() - 1) * query.pageSize();
            var items = new ArrayList<T>(Math.min(query.pageSize(), bySequence.size()));
            int total = 0;
            for (T item : bySequence.descendingMap().values()) {
                if (query.matches(item)) {
                    if (total >= skip && items.size() < query.pageSize()) {
                        items.add(item);
                    }
                    total++;
                }
            }
            int totalPages = (total + query.pageSize() - 1) / query.pageSize();
            return new Page<>(List.copyOf(items), query.page(), query.pageSize(), total, totalPages);
        }

        synchronized StatusCounts counts() {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (S status : statusType.getEnumConstants()) {
                byStatus.put(status.toString(), perStatus[status.ordinal()]);
            }
            return new StatusCounts(bySequence.size(), byStatus);
        }

        synchronized List<String> notHeld(Collection<String> ids) {
            return ids.stream().filter(id -> !sequenceById.containsKey(id)).toList();
        }
    }
}
