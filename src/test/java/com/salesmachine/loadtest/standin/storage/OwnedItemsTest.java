package com.salesmachine.loadtest.standin.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OwnedItemsTest {
    enum Colour {
        RED,
        GREEN,
        BLUE
    }

    record Item(String id, Colour status, List<String> tags) implements StoredItem<Colour> {
        Item withStatus(Colour value) {
            return new Item(id, value, tags);
        }

        Item withTags(List<String> value) {
            return new Item(id, status, value);
        }
    }

    private final OwnedItems<Item, Colour> items = new OwnedItems<>("items", Colour.class, 10_000);
    private int nextId;

    @Test
    void page_withoutFilters_givesTheNewestFirst_andTheExactTotal() {
        addMany(45, i -> Colour.RED, i -> List.of("run:1"));

        Page<Item> third = page(3, 20, null, null);

        assertEquals(ids(4, 0), ids(third));
        assertEquals(45, third.total());
        assertEquals(3, third.totalPages());
        assertEquals(ids(44, 25), ids(page(1, 20, null, null)));
    }

    @Test
    void page_beyondTheEnd_isEmpty_withTheTotalsStillExact() {
        addMany(45, i -> i % 3 == 0 ? Colour.GREEN : Colour.RED, i -> List.of("run:1"));

        Page<Item> beyond = page(4, 20, null, null);
        Page<Item> greenBeyond = page(2, 15, Colour.GREEN, "run:1");

        assertEquals(List.of(), beyond.items());
        assertEquals(45, beyond.total());
        assertEquals(3, beyond.totalPages());
        assertEquals(List.of(), greenBeyond.items());
        assertEquals(15, greenBeyond.total());
        assertEquals(1, greenBeyond.totalPages());
    }

    @Test
    void page_withAStatus_pagesThroughThatStatusOnly() {
        addMany(30, i -> i % 3 == 0 ? Colour.GREEN : Colour.RED, i -> List.of());

        Page<Item> second = page(2, 4, Colour.GREEN, null);

        assertEquals(List.of("i15", "i12", "i9", "i6"), ids(second));
        assertEquals(10, second.total());
        assertEquals(3, second.totalPages());
        assertEquals(List.of("i3", "i0"), ids(page(3, 4, Colour.GREEN, null)));
        assertEquals(0, page(1, 4, Colour.BLUE, null).total());
    }

    @Test
    void page_withATag_findsItsItemsOnly_newestFirst() {
        addMany(30, i -> Colour.RED, i -> i % 10 == 7 ? List.of("common", "rare") : List.of("common"));

        Page<Item> rare = page(1, 2, null, "rare");

        assertEquals(List.of("i27", "i17"), ids(rare));
        assertEquals(3, rare.total());
        assertEquals(2, rare.totalPages());
        assertEquals(List.of("i7"), ids(page(2, 2, null, "rare")));
        assertEquals(30, page(1, 2, null, "common").total());
        assertEquals(0, page(1, 2, null, "unknown").total());
        assertEquals(0, page(1, 2, null, "unknown").totalPages());
    }

    @Test
    void page_withATagAndAStatus_keepsBoth() {
        addMany(40, i -> i % 2 == 0 ? Colour.GREEN : Colour.RED, i -> i % 4 < 2 ? List.of("a") : List.of("b"));

        Page<Item> greenA = page(1, 3, Colour.GREEN, "a");

        assertEquals(List.of("i36", "i32", "i28"), ids(greenA));
        assertEquals(10, greenA.total());
        assertEquals(4, greenA.totalPages());
        assertEquals(List.of("i12", "i8", "i4"), ids(page(3, 3, Colour.GREEN, "a")));
        assertEquals(List.of("i0"), ids(page(4, 3, Colour.GREEN, "a")));
    }

    @Test
    void remove_keepsTheTotalsAndTheTagIndexRight() {
        addMany(40, i -> i % 2 == 0 ? Colour.GREEN : Colour.RED, i -> i == 5 ? List.of("all", "once") : List.of("all"));

        for (int i = 0; i < 40; i += 3) {
            assertTrue(items.remove("ann", "i" + i));
        }
        assertTrue(items.remove("ann", "i5"));
        assertFalse(items.remove("ann", "i5"));

        List<Item> left = expected(null, null);
        assertEquals(25, left.size());
        assertEquals(left.size(), items.counts("ann").total());
        assertEquals(
                expected(Colour.GREEN, null).size(),
                items.counts("ann").byStatus().get("GREEN"));
        assertPagesMatch(null, null, 7);
        assertPagesMatch(Colour.GREEN, "all", 4);
        assertEquals(0, page(1, 20, null, "once").total());
        assertTrue(items.find("ann", "i5").isEmpty());
    }

    @Test
    void removingMostItems_andAddingMore_keepsEveryListingRight() {
        addMany(100, i -> i % 2 == 0 ? Colour.GREEN : Colour.RED, i -> List.of("t"));
        for (int i = 0; i < 100; i++) {
            if (i % 10 != 3) {
                items.remove("ann", "i" + i);
            }
        }
        addMany(30, i -> Colour.BLUE, i -> i % 2 == 0 ? List.of("t") : List.of());
        items.update("ann", "i13", item -> item.withTags(List.of()));
        items.update("ann", "i13", item -> item.withTags(List.of("t")));

        assertEquals(40, items.counts("ann").total());
        assertPagesMatch(null, null, 6);
        assertPagesMatch(null, "t", 4);
        assertPagesMatch(Colour.RED, "t", 3);
        assertPagesMatch(Colour.BLUE, null, 5);
    }

    @Test
    void update_movesTheItemBetweenStatuses_andBetweenTags() {
        addMany(10, i -> Colour.RED, i -> List.of("old"));

        items.update("ann", "i4", item -> item.withStatus(Colour.BLUE));
        items.update("ann", "i6", item -> item.withTags(List.of("new")));
        items.update("ann", "i2", item -> item.withTags(List.of("old", "new")).withStatus(Colour.GREEN));

        assertEquals(List.of("i4"), ids(page(1, 20, Colour.BLUE, null)));
        assertEquals(8, items.counts("ann").byStatus().get("RED"));
        assertEquals(List.of("i9", "i8", "i7", "i5", "i4", "i3", "i2", "i1", "i0"), ids(page(1, 20, null, "old")));
        assertEquals(List.of("i6", "i2"), ids(page(1, 20, null, "new")));
        assertEquals(List.of("i2"), ids(page(1, 20, Colour.GREEN, "new")));
        assertEquals(Colour.BLUE, items.find("ann", "i4").orElseThrow().status());
    }

    @Test
    void update_givingATagBack_listsTheItemOnceInItsPlace() {
        addMany(30, i -> Colour.RED, i -> List.of("t"));

        items.update("ann", "i10", item -> item.withTags(List.of()));
        items.update("ann", "i10", item -> item.withTags(List.of("t")));

        assertEquals(30, page(1, 100, null, "t").total());
        assertEquals(ids(29, 0), ids(page(1, 100, null, "t")));
    }

    @Test
    void update_cannotChangeTheId() {
        addMany(1, i -> Colour.RED, i -> List.of());

        assertThrows(
                IllegalArgumentException.class,
                () -> items.update("ann", "i0", item -> new Item("other", item.status(), item.tags())));
        assertTrue(items.update("ann", "missing", item -> item).isEmpty());
    }

    @Test
    void add_sharesTheTagListsAndStringsThatRepeat() {
        Item first = add(Colour.RED, new ArrayList<>(List.of(new String("run:1"), "loadtest")));
        Item second = add(Colour.RED, new ArrayList<>(List.of(new String("run:1"), "loadtest")));
        Item third = add(Colour.RED, List.of(new String("scrape:7"), new String("run:1")));

        assertSame(first.tags(), second.tags());
        assertSame(first.tags().get(0), third.tags().get(1));
        assertEquals(List.of("scrape:7", "run:1"), third.tags());
    }

    @Test
    void sameIds_givesTheHeldItemsOwnIdStrings_andKeepsOthersAsGiven() {
        Item held = add(Colour.RED, List.of());
        String unknown = "elsewhere";

        List<String> same = items.sameIds("ann", List.of(new String(held.id()), unknown));

        assertSame(held.id(), same.get(0));
        assertSame(unknown, same.get(1));
        assertEquals(List.of("i0", "elsewhere"), items.sameIds("bob", List.of("i0", "elsewhere")));
    }

    @Test
    void aRepeatedTag_countsTheItemOnce() {
        add(Colour.RED, List.of("x", "x"));

        assertEquals(1, page(1, 20, null, "x").total());
        assertTrue(items.remove("ann", "i0"));
        assertEquals(0, page(1, 20, null, "x").total());
    }

    @Test
    void manyChanges_leaveEveryListingAsAScanWouldGiveIt() {
        var random = new Random(7);
        List<String> tags = List.of("a", "b", "c");
        for (int round = 0; round < 3000; round++) {
            int choice = random.nextInt(10);
            String id = "i" + random.nextInt(Math.max(1, nextId));
            if (choice < 5) {
                add(Colour.values()[random.nextInt(3)], randomTags(random, tags));
            } else if (choice < 7) {
                items.remove("ann", id);
            } else if (choice < 8) {
                items.update("ann", id, item -> item.withTags(randomTags(random, tags)));
            } else {
                items.update("ann", id, item -> item.withStatus(Colour.values()[random.nextInt(3)]));
            }
        }

        for (String tag : List.of("a", "b", "c")) {
            for (Colour colour : Colour.values()) {
                assertPagesMatch(colour, tag, 7);
            }
            assertPagesMatch(null, tag, 9);
        }
        assertPagesMatch(null, null, 11);
    }

    @Test
    void add_refusesBeyondTheLimit() {
        var small = new OwnedItems<Item, Colour>("items", Colour.class, 2);
        small.add("ann", List.of(), tags -> new Item("a", Colour.RED, tags));
        small.add("ann", List.of(), tags -> new Item("b", Colour.RED, tags));

        assertThrows(
                LimitReachedException.class,
                () -> small.add("ann", List.of(), tags -> new Item("c", Colour.RED, tags)));
        small.add("bob", List.of(), tags -> new Item("c", Colour.RED, tags));
    }

    private static List<String> randomTags(Random random, List<String> tags) {
        return tags.stream().filter(t -> random.nextBoolean()).toList();
    }

    /** Every page of the listing equals the same page cut from a full scan. */
    private void assertPagesMatch(Colour status, String tag, int pageSize) {
        List<String> all = expected(status, tag).stream().map(Item::id).toList();
        int pages = (all.size() + pageSize - 1) / pageSize;
        for (int number = 1; number <= pages + 1; number++) {
            Page<Item> page = page(number, pageSize, status, tag);
            int from = Math.min(all.size(), (number - 1) * pageSize);
            assertEquals(all.subList(from, Math.min(all.size(), from + pageSize)), ids(page), "page " + number);
            assertEquals(all.size(), page.total());
            assertEquals(pages, page.totalPages());
        }
    }

    /** What a scan of every id ever given would list, newest first. */
    private List<Item> expected(Colour status, String tag) {
        var query = new ListQuery<>(1, 1, status, tag);
        return IntStream.range(0, nextId)
                .mapToObj(i -> items.find("ann", "i" + i))
                .flatMap(Optional::stream)
                .filter(query::matches)
                .sorted(Comparator.comparingInt(
                                (Item item) -> Integer.parseInt(item.id().substring(1)))
                        .reversed())
                .toList();
    }

    private void addMany(int count, IntFunction<Colour> status, IntFunction<List<String>> tags) {
        for (int i = 0; i < count; i++) {
            add(status.apply(i), tags.apply(i));
        }
    }

    private Item add(Colour status, List<String> tags) {
        String id = "i" + nextId++;
        return items.add("ann", tags, shared -> new Item(id, status, shared));
    }

    private Page<Item> page(int page, int pageSize, Colour status, String tag) {
        return items.page("ann", new ListQuery<>(page, pageSize, status, tag));
    }

    private static List<String> ids(Page<Item> page) {
        return page.items().stream().map(Item::id).toList();
    }

    private static List<String> ids(int from, int downTo) {
        return IntStream.iterate(from, i -> i >= downTo, i -> i - 1)
                .mapToObj(i -> "i" + i)
                .toList();
    }
}
