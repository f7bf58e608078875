package com.salesmachine.loadtest.standin.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesmachine.loadtest.standin.prospects.NewProspect;
import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.storage.LimitReachedException;
import com.salesmachine.loadtest.standin.storage.ListQuery;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import com.salesmachine.loadtest.standin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CampaignStoreTest {
    private final FakeClock clock = new FakeClock();
    private final AtomicInteger nextId = new AtomicInteger();
    private final ProspectStore prospects = new ProspectStore(clock, () -> "p" + nextId.incrementAndGet(), 100);
    private final CampaignStore campaigns =
            new CampaignStore(prospects, clock, () -> "c" + nextId.incrementAndGet(), 100);

    @Test
    void create_storesADraft_namingTheOwnersProspects() {
        String prospect = prospects.create("ann", prospect()).id();

        Campaign campaign = campaigns.create("ann", campaign(List.of(prospect), List.of("loadtest")));

        assertEquals(CampaignStatus.DRAFT, campaign.status());
        assertEquals(List.of(prospect), campaign.prospectIds());
        assertEquals(clock.instant(), campaign.createdAt());
        assertEquals(campaign, campaigns.find("ann", campaign.id()).orElseThrow());
    }

    @Test
    void create_namesItsProspectsByTheirOwnIdStrings() {
        String prospect = prospects.create("ann", prospect()).id();

        Campaign campaign = campaigns.create("ann", campaign(List.of(new String(prospect)), List.of()));

        assertSame(prospect, campaign.prospectIds().get(0));
    }

    @Test
    void create_rejectsAnotherOwnersProspect_asAFieldError() {
        String bobs = prospects.create("bob", prospect()).id();

        var e = assertThrows(
                ValidationException.class, () -> campaigns.create("ann", campaign(List.of(bobs), List.of())));

        assertEquals(Map.of("prospectIds", "names prospects you do not have: " + bobs), e.fieldErrors());
    }

    @Test
    void campaigns_areSeenOnlyByTheirOwner() {
        Campaign ann = campaigns.create("ann", campaign(List.of(), List.of()));

        assertTrue(campaigns.find("bob", ann.id()).isEmpty());
        assertFalse(campaigns.delete("bob", ann.id()));
        assertEquals(
                0, campaigns.list("bob", new ListQuery<>(1, 20, null, null)).total());
        assertTrue(campaigns.delete("ann", ann.id()));
    }

    @Test
    void list_filtersByStatusAndTag() {
        campaigns.create("ann", campaign(List.of(), List.of("run:1")));
        campaigns.create("ann", campaign(List.of(), List.of("run:2")));

        assertEquals(
                1, campaigns.list("ann", new ListQuery<>(1, 20, null, "run:2")).total());
        assertEquals(
                2,
                campaigns
                        .list("ann", new ListQuery<>(1, 20, CampaignStatus.DRAFT, null))
                        .total());
        assertEquals(
                0,
                campaigns
                        .list("ann", new ListQuery<>(1, 20, CampaignStatus.ACTIVE, null))
                        .total());
    }

    @Test
    void create_refuses_beyondTheLimitPerOwner() {
        var small = new CampaignStore(prospects, clock, () -> "c" + nextId.incrementAndGet(), 1);
        small.create("ann", campaign(List.of(), List.of()));

        assertThrows(LimitReachedException.class, () -> small.create("ann", campaign(List.of(), List.of())));
    }

    @Test
    void newCampaign_reportsMissingNameAndSubject_andBadLists() {
        var e = assertThrows(
                ValidationException.class,
                () -> NewCampaign.from(Map.of("body", 5, "prospectIds", "p1", "tags", List.of(""))));

        assertEquals(
                Map.of(
                        "name", "is required",
                        "subject", "is required",
                        "body", "must be a string",
                        "prospectIds", "must be an array of prospect ids",
                        "tags", "each tag must be 1 to 64 characters"),
                e.fieldErrors());
    }

    private static NewProspect prospect() {
        return new NewProspect(
                "Ada", "Lovelace", "ada@example.com", "Acme", null, null, ProspectStatus.NEW, "manual", List.of());
    }

    private static NewCampaign campaign(List<String> prospectIds, List<String> tags) {
        return new NewCampaign("Spring launch", "A better way", "Hello", prospectIds, tags);
    }
}
