package com.salesmachine.loadtest.standin.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import com.salesmachine.loadtest.standin.campaigns.NewCampaign;
import com.salesmachine.loadtest.standin.prospects.NewProspect;
import com.salesmachine.loadtest.standin.prospects.ProspectStatus;
import com.salesmachine.loadtest.standin.prospects.ProspectStore;
import com.salesmachine.loadtest.standin.testing.FakeClock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardServiceTest {
    private final FakeClock clock = new FakeClock();
    private final ProspectStore prospects =
            new ProspectStore(clock, () -> UUID.randomUUID().toString(), 100);
    private final CampaignStore campaigns =
            new CampaignStore(prospects, clock, () -> UUID.randomUUID().toString(), 100);
    private final DashboardService dashboards = new DashboardService(prospects, campaigns, clock);

    @Test
    void of_countsOnlyTheOwnersData_perStatus() {
        prospects.create("ann", prospect(ProspectStatus.NEW));
        prospects.create("ann", prospect(ProspectStatus.CONTACTED));
        prospects.create("bob", prospect(ProspectStatus.CONTACTED));
        campaigns.create("ann", new NewCampaign("Launch", "Hi", null, List.of(), List.of()));

        Dashboard ann = dashboards.of("ann");

        assertEquals(2, ann.prospects().total());
        assertEquals(1, ann.prospects().byStatus().get("contacted"));
        assertEquals(1, ann.campaigns().total());
        assertEquals(1, ann.campaigns().byStatus().get("draft"));
        assertEquals(clock.instant(), ann.generatedAt());
        assertEquals(1, dashboards.of("bob").prospects().total());
        assertEquals(0, dashboards.of("bob").campaigns().total());
    }

    private static NewProspect prospect(ProspectStatus status) {
        return new NewProspect("Ada", "Lovelace", "ada@example.com", "Acme", null, null, status, "manual", List.of());
    }
}
