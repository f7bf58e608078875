package com.salesmachine.loadtest.standin.emailqueue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The API's record of every email it queued (its "emails" table): one per campaign and prospect,
 * each in one {@link EmailState}. An email the sender silently drops (the stand-in's fault
 * setting) is removed from here too, so it is in no state at all: lost.
 *
 * <p>Thread-safe: each campaign's emails sit behind their own lock.
 */
public final class CampaignEmails {
    private final Supplier<String> ids;
    private final ConcurrentHashMap<String, Campaign> byCampaign = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Campaign> byEmail = new ConcurrentHashMap<>();

    public CampaignEmails(Supplier<String> ids) {
        this.ids = ids;
    }

    /**
     * Records one queued email for each of {@code prospectIds} that this campaign has not emailed
     * yet, and returns the new emails' ids (empty when every prospect already has one).
     */
    public List<String> queue(String campaignId, List<String> prospectIds) {
        Campaign campaign = byCampaign.computeIfAbsent(campaignId, id -> new Campaign());
        List<String> created = campaign.queue(prospectIds, ids);
        created.forEach(emailId -> byEmail.put(emailId, campaign));
        return created;
    }

    /** The sender took the email off the list. */
    public void sending(String emailId) {
        move(emailId, EmailState.SENDING);
    }

    /** The mail provider accepted ({@code sent}) or refused the email. */
    public void finished(String emailId, boolean sent) {
        move(emailId, sent ? EmailState.SENT : EmailState.FAILED);
    }

    /** Forgets the email entirely: what the drop fault does, silently. */
    public void forget(String emailId) {
        Campaign campaign = byEmail.remove(emailId);
        if (campaign != null) {
            campaign.forget(emailId);
        }
    }

    /** The campaign's emails by state (all zero for a campaign that never sent); depth left at 0. */
    public QueueStatus status(String campaignId) {
        Campaign campaign = byCampaign.get(campaignId);
        return campaign == null ? new Campaign().status(campaignId) : campaign.status(campaignId);
    }

    private void move(String emailId, EmailState state) {
        Campaign campaign = byEmail.get(emailId);
        if (campaign != null) {
            campaign.move(emailId, state);
        }
    }

    /** One campaign's emails, in the order they were queued. */
    private static final class Campaign {
        private final LinkedHashMap<String, EmailState> states = new LinkedHashMap<>();
        private final Set<String> emailedProspects = new HashSet<>();

        synchronized List<String> queue(List<String> prospectIds, Supplier<String> ids) {
            var created = new ArrayList<String>();
            for (String prospect : prospectIds) {
                if (emailedProspects.add(prospect)) {
                    String emailId = ids.get();
                    states.put(emailId, EmailState.QUEUED);
                    created.add(emailId);
                }
            }
            return created;
        }

        synchronized void move(String emailId, EmailState state) {
            states.computeIfPresent(emailId, (id, old) -> state);
        }

        synchronized void forget(String emailId) {
            states.remove(emailId);
        }

        synchronized QueueStatus status(String campaignId) {
            var byState = new EnumMap<EmailState, List<String>>(EmailState.class);
            for (EmailState state : EmailState.values()) {
                byState.put(state, new ArrayList<>());
            }
            states.forEach((id, state) -> byState.get(state).add(id));
            Map<String, List<String>> ids = new LinkedHashMap<>();
            byState.forEach((state, list) -> ids.put(state.toString(), List.copyOf(list)));
            return new QueueStatus(
                    campaignId,
                    byState.get(EmailState.QUEUED).size(),
                    byState.get(EmailState.SENDING).size(),
                    byState.get(EmailState.SENT).size(),
                    byState.get(EmailState.FAILED).size(),
                    ids,
                    0);
        }
    }
}
