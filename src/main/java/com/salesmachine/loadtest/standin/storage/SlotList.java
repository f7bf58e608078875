package com.salesmachine.loadtest.standin.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slots of one listing, oldest first: all of an owner's items, or those carrying one tag. It
 * keeps how many members it has in each status, so a page is read from the newest end and its
 * total is known without a scan.
 *
 * <p>A member that leaves stays in the array as a gap, skipped when read, until gaps outnumber
 * members and the array is compacted: leaving shifts nothing, and the array stays within twice its
 * members. Whether a slot is a member is read from its current item, so the owner changes the
 * slot's item first and tells the list after. Not thread-safe: the shelf's lock guards it.
 */
final class SlotList<T extends StoredItem<S>, S extends Enum<S>> {
    private static final int COMPACT_FROM = 16;

    private final String tag;
    private final int[] perStatus;
    private Slot<T>[] slots;
    private int end;
    private int members;

    /** Every item of the owner when {@code tag} is null, else those carrying {@code tag}. */
    @SuppressWarnings("unchecked")
    SlotList(String tag, int statuses) {
        this.tag = tag;
        this.perStatus = new int[statuses];
        this.slots = new Slot[tag == null ? COMPACT_FROM : 1];
    }

    /** The tag this list stands for; null for the list of every item. */
    String tag() {
        return tag;
    }

    int size() {
        return members;
    }

    int count(S status) {
        return perStatus[status.ordinal()];
    }

    /** Takes in a slot whose item now belongs here and did not before. */
    void join(Slot<T> slot) {
        members++;
        perStatus[slot.item.status().ordinal()]++;
        if (end == 0 || slots[end - 1].sequence < slot.sequence) {
            grow();
            slots[end++] = slot;
            return;
        }
        int at = find(slot.sequence);
        if (at >= 0) {
            return; // a gap it left earlier, not compacted away yet
        }
        int insertion = -at - 1;
        grow();
        System.arraycopy(slots, insertion, slots, insertion + 1, end - insertion);
        slots[insertion] = slot;
        end++;
    }

    /** Lets go of a member whose slot no longer holds {@code before} (removed, or without this tag now). */
    void leave(T before) {
        members--;
        perStatus[before.status().ordinal()]--;
        if (end - members > members && end >= COMPACT_FROM) {
            compact();
        }
    }

    /** Follows a member that stays a member as its item changes from {@code before} to {@code after}. */
    void changed(T before, T after) {
        perStatus[before.status().ordinal()]--;
        perStatus[after.status().ordinal()]++;
    }

    /**
     * The page {@code query} asks for, newest first, among the members in its status (if any); the
     * query's tag is the caller's to have chosen this list by.
     */
    Page<T> page(ListQuery<S> query) {
        S status = query.status();
        int total = status == null ? members : count(status);
        int pageSize = query.pageSize();
        int totalPages = (int) (((long) total + pageSize - 1) / pageSize);
        long skip = (long) (query.page() - 1) * pageSize;
        if (skip >= total) {
            return new Page<>(List.of(), query.page(), pageSize, total, totalPages);
        }
        int wanted = (int) Math.min(pageSize, total - skip);
        var items = new ArrayList<T>(wanted);
        if (status == null && end == members) {
            // No gaps: the page is a run of the array.
            for (int i = end - 1 - (int) skip; items.size() < wanted; i--) {
                items.add(slots[i].item);
            }
        } else {
            long passed = 0;
            for (int i = end - 1; i >= 0 && items.size() < wanted; i--) {
                T item = slots[i].item;
                if (holds(item) && (status == null || item.status() == status) && passed++ >= skip) {
                    items.add(item);
                }
            }
        }
        return new Page<>(List.copyOf(items), query.page(), pageSize, total, totalPages);
    }

    private boolean holds(T item) {
        return item != null && (tag == null || item.tags().contains(tag));
    }

    private int find(long sequence) {
        int low = 0;
        int high = end - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = slots[middle].sequence;
            if (found < sequence) {
                low = middle + 1;
            } else if (found > sequence) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    private void grow() {
        if (end == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(4, slots.length * 2));
        }
    }

    private void compact() {
        int kept = 0;
        for (int i = 0; i < end; i++) {
            if (holds(slots[i].item)) {
                slots[kept++] = slots[i];
            }
        }
        Arrays.fill(slots, kept, end, null);
        end = kept;
        if (slots.length > COMPACT_FROM && end < slots.length / 4) {
            slots = Arrays.copyOf(slots, Math.max(COMPACT_FROM, end * 2));
        }
    }
}
