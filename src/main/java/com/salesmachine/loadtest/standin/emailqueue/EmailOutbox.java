package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.standin.campaigns.Campaign;
import com.salesmachine.loadtest.standin.campaigns.CampaignStore;
import java.util.List;
import java.util.Optional;

/**
 * What sending a campaign does in the database: checks the campaign is the caller's, records one
 * queued email for each of its prospects not emailed yet, and marks the campaign active. Pushing
 * the emails onto the queue is {@link EmailQueue}'s job.
 */
public final class EmailOutbox {
    private final CampaignStore campaigns;
    private final CampaignEmails emails;

    public EmailOutbox(CampaignStore campaigns, CampaignEmails emails) {
        this.campaigns = campaigns;
        this.emails = emails;
    }

    /**
     * The ids of the emails recorded as queued; empty when the owner has no such campaign;
     * {@link NothingToSendException} when there is no prospect to email.
     */
    public Optional<List<String>> queueFor(String owner, String campaignId) {
        Optional<Campaign> campaign = campaigns.find(owner, campaignId);
        if (campaign.isEmpty()) {
            return Optional.empty();
        }
        List<String> prospects = campaign.get().prospectIds();
        if (prospects.isEmpty()) {
            throw new NothingToSendException("Campaign " + campaignId + " has no prospects; add some first");
        }
        List<String> queued = emails.queue(campaignId, prospects);
        if (queued.isEmpty()) {
            throw new NothingToSendException(
                    "Every prospect of campaign " + campaignId + " already has an email queued or sent");
        }
        campaigns.activate(owner, campaignId);
        return Optional.of(queued);
    }

    /** The campaign's emails by state; empty when the owner has no such campaign. */
    public Optional<QueueStatus> status(String owner, String campaignId) {
        return campaigns.find(owner, campaignId).map(c -> emails.status(campaignId));
    }
}
