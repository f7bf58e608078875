package com.salesmachine.loadtest.standin.storage;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * In-memory items of one kind, kept per owner, newest first, at most {@code limit} per owner.
 * An owner never reaches another owner's items: an id of theirs is simply not found. A page is
 * read from the newest end, not by a scan of the owner's whole store: totals are counted as items
 * come and go, and each tag has its own index.
 *
 * <p>Thread-safe: each owner's items sit behind their own lock, so owners never contend.
 */
public final class OwnedItems<T extends StoredItem<S>, S extends Enum<S>> {
    private final String kind;
    private final Class<S> statusType;
    private final int statuses;
    private final int limit;
    private final ConcurrentHashMap<String, Shelf> shelves = new ConcurrentHashMap<>();

    /** {@code kind} names the items in messages ("prospects"). */
    public OwnedItems(String kind, Class<S> statusType, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.kind = kind;
        this.statusType = statusType;
        this.statuses = statusType.getEnumConstants().length;
        this.limit = limit;
    }

    /**
     * Adds the item {@code make} builds from {@code tags} (the same tags, as a list shared with other
     * items where they repeat); throws {@link LimitReachedException} when the owner already holds
     * {@code limit}.
     */
    public T add(String owner, List<String> tags, Function<List<String>, T> make) {
        return shelf(owner).add(tags, make);
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

    /**
     * {@code ids} with each id the owner holds as the held item's own id string, so that an item
     * naming others keeps no copies of their ids; an id not held stays as given.
     */
    public List<String> sameIds(String owner, List<String> ids) {
        return shelf(owner).sameIds(ids);
    }

    private Shelf shelf(String owner) {
        return shelves.computeIfAbsent(owner, o -> new Shelf());
    }

    /**
     * One owner's items: every item in one {@link SlotList}, each tag's items in another, and an id
     * index. Items share their tag lists and tag strings where they repeat.
     */
    private final class Shelf {
        private final HashMap<String, Slot<T>> byId = new HashMap<>();
        private final SlotList<T, S> all = new SlotList<>(null, statuses);
        private final HashMap<String, SlotList<T, S>> byTag = new HashMap<>();
        private List<String> lastTags = List.of();
        private long nextSequence;

        synchronized T add(List<String> tags, Function<List<String>, T> make) {
            if (all.size() >= limit) {
                throw new LimitReachedException(kind, limit);
            }
            T item = make.apply(shared(tags));
            var slot = new Slot<>(nextSequence, item);
            if (byId.putIfAbsent(item.id(), slot) != null) {
                throw new IllegalArgumentException("the id " + item.id() + " is taken");
            }
            nextSequence++;
            all.join(slot);
            List<String> itemTags = item.tags();
            for (int i = 0; i < itemTags.size(); i++) {
                if (firstOf(itemTags, i)) {
                    byTag.computeIfAbsent(itemTags.get(i), tag -> new SlotList<>(tag, statuses))
                            .join(slot);
                }
            }
            return item;
        }

        synchronized Optional<T> find(String id) {
            Slot<T> slot = byId.get(id);
            return slot == null ? Optional.empty() : Optional.of(slot.item);
        }

        synchronized boolean remove(String id) {
            Slot<T> slot = byId.remove(id);
            if (slot == null) {
                return false;
            }
            T old = slot.item;
            slot.item = null;
            all.leave(old);
            List<String> tags = old.tags();
            for (int i = 0; i < tags.size(); i++) {
                if (firstOf(tags, i)) {
                    leaveTag(tags.get(i), old);
                }
            }
            return true;
        }

        synchronized Optional<T> update(String id, UnaryOperator<T> change) {
            Slot<T> slot = byId.get(id);
            if (slot == null) {
                return Optional.empty();
            }
            T old = slot.item;
            T changed = change.apply(old);
            if (!changed.id().equals(id)) {
                throw new IllegalArgumentException("an update cannot change the id " + id);
            }
            slot.item = changed;
            all.changed(old, changed);
            List<String> before = old.tags();
            List<String> after = changed.tags();
            for (int i = 0; i < before.size(); i++) {
                if (firstOf(before, i)) {
                    String tag = before.get(i);
                    if (after.contains(tag)) {
                        byTag.get(tag).changed(old, changed);
                    } else {
                        leaveTag(tag, old);
                    }
                }
            }
            for (int i = 0; i < after.size(); i++) {
                String tag = after.get(i);
                if (firstOf(after, i) && !before.contains(tag)) {
                    byTag.computeIfAbsent(tag, t -> new SlotList<>(t, statuses)).join(slot);
                }
            }
            return Optional.of(changed);
        }

        synchronized Page<T> page(ListQuery<S> query) {
            SlotList<T, S> list = query.tag() == null ? all : byTag.get(query.tag());
            return list == null ? new Page<>(List.of(), query.page(), query.pageSize(), 0, 0) : list.page(query);
        }

        synchronized StatusCounts counts() {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (S status : statusType.getEnumConstants()) {
                byStatus.put(status.toString(), all.count(status));
            }
            return new StatusCounts(all.size(), byStatus);
        }

        synchronized List<String> notHeld(Collection<String> ids) {
            return ids.stream().filter(id -> !byId.containsKey(id)).toList();
        }

        synchronized List<String> sameIds(List<String> ids) {
            var same = new String[ids.size()];
            for (int i = 0; i < same.length; i++) {
                Slot<T> slot = byId.get(ids.get(i));
                same[i] = slot == null ? ids.get(i) : slot.item.id();
            }
            return List.of(same);
        }

        private void leaveTag(String tag, T old) {
            SlotList<T, S> list = byTag.get(tag);
            list.leave(old);
            if (list.size() == 0) {
                byTag.remove(tag);
            }
        }

        /**
         * {@code tags} with the strings this shelf already holds, as the same list as the last
         * item's when equal to it (a run tags all its items alike).
         */
        private List<String> shared(List<String> tags) {
            if (tags.equals(lastTags)) {
                return lastTags;
            }
            var strings = new String[tags.size()];
            for (int i = 0; i < strings.length; i++) {
                SlotList<T, S> list = byTag.get(tags.get(i));
                strings[i] = list == null ? tags.get(i) : list.tag();
            }
            lastTags = List.of(strings);
            return lastTags;
        }
    }

    /** Whether the tag at {@code index} is its first occurrence (a body may repeat a tag). */
    private static boolean firstOf(List<String> tags, int index) {
        return tags.indexOf(tags.get(index)) == index;
    }
}
