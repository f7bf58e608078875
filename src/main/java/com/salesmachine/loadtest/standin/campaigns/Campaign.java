package com.salesmachine.loadtest.standin.campaigns;

import com.salesmachine.loadtest.standin.storage.StoredItem;
import java.time.Instant;
import java.util.List;

/** A stored campaign, as the API returns it. */
public record Campaign(
        String id,
        String name,
        String subject,
        String body,
        CampaignStatus status,
        List<String> prospectIds,
        List<String> tags,
        Instant createdAt)
        implements StoredItem<CampaignStatus> {

    public Campaign withProspectIds(List<String> ids) {
        return new Campaign(id, name, subject, body, status, List.copyOf(ids), tags, createdAt);
    }

    public Campaign withStatus(CampaignStatus value) {
        return new Campaign(id, name, subject, body, value, prospectIds, tags, createdAt);
    }
}
