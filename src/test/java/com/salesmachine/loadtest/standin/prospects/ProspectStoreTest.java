package com.salesmachine.loadtest.standin.prospects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.storage.LimitReachedException;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import com.salesmachine.loadtest.standin.storage.Page;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProspectStoreTest {
    private final FakeClock clock = new FakeClock();
    private final AtomicInteger nextId = new AtomicInteger();
    private final ProspectStore store = new ProspectStore(clock, () -> "p" + nextId.incrementAndGet(), 100);

    @Test
    void create_givesAnIdAndTheCreationTime() {
        Prospect prospect = store.create("ann", prospect("Ada", ProspectStatus.NEW, List.of()));

        assertEquals("p1", prospect.id());
        assertEquals(clock.instant(), prospect.createdAt());
        assertEquals(prospect, store.find("ann", "p1").orElseThrow());
    }

    @Test
    void anotherOwnersProspect_isIndistinguishableFromAnUnknownOne() {
        Prospect ann = store.create("ann", prospect("Ada", ProspectStatus.NEW, List.of()));

        assertTrue(store.find("bob", ann.id()).isEmpty());
        assertFalse(store.delete("bob", ann.id()));
        assertEquals(0, store.list("bob", query(1, 20, null, null)).total());
        assertEquals(0, store.counts("bob").total());
        assertTrue(store.find("ann", ann.id()).isPresent());
    }

    @Test
    void list_pagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            store.create("ann", prospect("P" + i, ProspectStatus.NEW, List.of()));
            clock.advance(Duration.ofSeconds(1));
        }

        Page<Prospect> second = store.list("ann", query(2, 2, null, null));

        assertEquals(
                List.of("P3", "P2"),
                second.items().stream().map(Prospect::firstName).toList());
        assertEquals(5, second.total());
        assertEquals(3, second.totalPages());
        assertEquals(List.of("P1"), names(store.list("ann", query(3, 2, null, null))));
        assertEquals(List.of(), names(store.list("ann", query(4, 2, null, null))));
    }

    @Test
    void list_keepsOnlyTheRequestedStatusAndTag() {
        store.create("ann", prospect("A", ProspectStatus.NEW, List.of("loadtest", "run:1")));
        store.create("ann", prospect("B", ProspectStatus.REPLIED, List.of("loadtest", "run:1")));
        store.create("ann", prospect("C", ProspectStatus.REPLIED, List.of("loadtest", "run:2")));
        store.create("ann", prospect("D", ProspectStatus.REPLIED, List.of("run:10")));

        assertEquals(List.of("D", "C", "B"), names(store.list("ann", query(1, 20, ProspectStatus.REPLIED, null))));
        assertEquals(List.of("B", "A"), names(store.list("ann", query(1, 20, null, "run:1"))));
        assertEquals(List.of("B"), names(store.list("ann", query(1, 20, ProspectStatus.REPLIED, "run:1"))));
        assertEquals(
                1,
                store.list("ann", query(1, 20, ProspectStatus.REPLIED, "run:1")).total());
    }

    @Test
    void delete_removesTheProspect_once() {
        Prospect prospect = store.create("ann", prospect("A", ProspectStatus.NEW, List.of()));

        assertTrue(store.delete("ann", prospect.id()));
        assertFalse(store.delete("ann", prospect.id()));
        assertTrue(store.find("ann", prospect.id()).isEmpty());
        assertEquals(0, store.counts("ann").byStatus().get("new"));
    }

    @Test
    void counts_listEveryStatus() {
        store.create("ann", prospect("A", ProspectStatus.NEW, List.of()));
        store.create("ann", prospect("B", ProspectStatus.QUALIFIED, List.of()));
        store.create("ann", prospect("C", ProspectStatus.QUALIFIED, List.of()));

        var counts = store.counts("ann");

        assertEquals(3, counts.total());
        assertEquals(
                List.of("new", "contacted", "replied", "qualified", "disqualified"),
                List.copyOf(counts.byStatus().keySet()));
        assertEquals(2, counts.byStatus().get("qualified"));
    }

    @Test
    void create_refuses_beyondTheLimitPerOwner() {
        var small = new ProspectStore(clock, () -> "p" + nextId.incrementAndGet(), 2);
        small.create("ann", prospect("A", ProspectStatus.NEW, List.of()));
        small.create("ann", prospect("B", ProspectStatus.NEW, List.of()));

        var e = assertThrows(
                LimitReachedException.class, () -> small.create("ann", prospect("C", ProspectStatus.NEW, List.of())));

        assertTrue(e.getMessage().contains("already holds 2 prospects"), e.getMessage());
        small.create("bob", prospect("B", ProspectStatus.NEW, List.of()));
    }

    static NewProspect prospect(String firstName, ProspectStatus status, List<String> tags) {
        return new NewProspect(
                firstName,
                "Test",
                firstName.toLowerCase() + "@example.com",
                "Acme",
                null,
                null,
                status,
                "manual",
                tags);
    }

    private static ListQuery<ProspectStatus> query(int page, int pageSize, ProspectStatus status, String tag) {
        return new ListQuery<>(page, pageSize, status, tag);
    }

    private static List<String> names(Page<Prospect> page) {
        return page.items().stream().map(Prospect::firstName).toList();
    }
}
