package com.salesmachine.loadtest.standin.campaigns;

import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import com.salesmachine.loadtest.standin.storage.OwnedItems;
import com.salesmachine.loadtest.standin.storage.Page;
import com.salesmachine.loadtest.standin.storage.StatusCounts;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every account's campaigns, in memory. A campaign may only name its owner's prospects; the
 * prospects are not followed afterwards (deleting one leaves its id in the campaign).
 */
public final class CampaignStore {
    public static final int DEFAULT_LIMIT = 100_000;
    private static final int UNKNOWN_IDS_SHOWN = 3;

    private final OwnedItems<Campaign, CampaignStatus> items;
    private final ProspectStore prospects;
    private final Clock clock;
    private final Supplier<String> ids;

    public CampaignStore(ProspectStore prospects, Clock clock, Supplier<String> ids, int limitPerOwner) {
        this.items = new OwnedItems<>("campaigns", CampaignStatus.class, limitPerOwner);
        this.prospects = prospects;
        this.clock = clock;
        this.ids = ids;
    }

    /** Stores a draft; throws {@link ValidationException} when a prospect id is not the owner's. */
    public Campaign create(String owner, NewCampaign c) {
        checkOwned(owner, c.prospectIds());
        List<String> prospectIds = prospects.sameIds(owner, c.prospectIds());
        String id = ids.get();
        Instant createdAt = clock.instant();
        return items.add(
                owner,
                c.tags(),
                tags -> new Campaign(
                        id, c.name(), c.subject(), c.body(), CampaignStatus.DRAFT, prospectIds, tags, createdAt));
    }

    public Optional<Campaign> find(String owner, String id) {
        return items.find(owner, id);
    }

    public boolean delete(String owner, String id) {
        return items.remove(owner, id);
    }

    public Page<Campaign> list(String owner, ListQuery<CampaignStatus> query) {
        return items.page(owner, query);
    }

    public StatusCounts counts(String owner) {
        return items.counts(owner);
    }

    /**
     * Adds the owner's prospects to the campaign, skipping ids it already names; empty when the
     * owner has no such campaign; {@link ValidationException} when a prospect is not the owner's.
     */
    public Optional<Campaign> addProspects(String owner, String id, List<String> prospectIds) {
        checkOwned(owner, prospectIds);
        List<String> added = prospects.sameIds(owner, prospectIds);
        return items.update(owner, id, campaign -> {
            var merged = new LinkedHashSet<>(campaign.prospectIds());
            merged.addAll(added);
            return campaign.withProspectIds(List.copyOf(merged));
        });
    }

    /** Marks the campaign active (its emails are being sent); empty when the owner has no such campaign. */
    public Optional<Campaign> activate(String owner, String id) {
        return items.update(owner, id, campaign -> campaign.withStatus(CampaignStatus.ACTIVE));
    }

    private void checkOwned(String owner, List<String> prospectIds) {
        List<String> unknown = prospects.notOwned(owner, prospectIds);
        if (!unknown.isEmpty()) {
            String shown = String.join(", ", unknown.subList(0, Math.min(UNKNOWN_IDS_SHOWN, unknown.size())))
                    + (unknown.size() > UNKNOWN_IDS_SHOWN
                            ? " and " + (unknown.size() - UNKNOWN_IDS_SHOWN) + " more"
                            : "");
            throw ValidationException.of("prospectIds", "names prospects you do not have: " + shown);
        }
    }
}
