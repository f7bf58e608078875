package com.salesmachine.loadtest.standin.prospects;

import com.salesmachine.loadtest.standin.storage.ListQuery;
import com.salesmachine.loadtest.standin.storage.OwnedItems;
import com.salesmachine.loadtest.standin.storage.Page;
import com.salesmachine.loadtest.standin.storage.StatusCounts;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every account's prospects, in memory; ids from {@code ids}, creation times from {@code clock}. */
public final class ProspectStore {
    public static final int DEFAULT_LIMIT = 100_000;

    private final OwnedItems<Prospect, ProspectStatus> items;
    private final Clock clock;
    private final Supplier<String> ids;

    public ProspectStore(Clock clock, Supplier<String> ids, int limitPerOwner) {
        this.items = new OwnedItems<>("prospects", ProspectStatus.class, limitPerOwner);
        this.clock = clock;
        this.ids = ids;
    }

    public Prospect create(String owner, NewProspect p) {
        String id = ids.get();
        Instant createdAt = clock.instant();
        return items.add(
                owner,
                p.tags(),
                tags -> new Prospect(
                        id,
                        p.firstName(),
                        p.lastName(),
                        p.email(),
                        p.company(),
                        p.title(),
                        p.linkedinUrl(),
                        p.status(),
                        p.source(),
                        tags,
                        createdAt));
    }

    public Optional<Prospect> find(String owner, String id) {
        return items.find(owner, id);
    }

    public boolean delete(String owner, String id) {
        return items.remove(owner, id);
    }

    public Page<Prospect> list(String owner, ListQuery<ProspectStatus> query) {
        return items.page(owner, query);
    }

    public StatusCounts counts(String owner) {
        return items.counts(owner);
    }

    /** {@code ids}, those of this owner's prospects as the prospects' own strings (stored once). */
    public List<String> sameIds(String owner, List<String> ids) {
        return items.sameIds(owner, ids);
    }

    /** The ids among {@code ids} that are not this owner's prospects. */
    public List<String> notOwned(String owner, Collection<String> ids) {
        return items.notHeld(owner, ids);
    }
}
