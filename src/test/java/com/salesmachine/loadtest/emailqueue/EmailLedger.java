package com.salesmachine.loadtest.emailqueue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The suite's own count of the emails the API said it queued, per campaign the run created, shared
 * by every virtual user (thread-safe). After the load it hands the campaigns out one by one to the
 * reconciliation and collects each campaign's {@link CampaignReconciliation}.
 */
public final class EmailLedger {
    /** A campaign the run created, and the bearer token of the account that owns it (a secret). */
    public record Campaign(String id, String ownerToken) {
        @Override
        public String toString() {
            return "Campaign[id=" + id + ", ownerToken=***]";
        }
    }

    private final LongSupplier clockMillis;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final List<Entry> inOrder = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger handedOut = new AtomicInteger();
    private final Map<String, CampaignReconciliation> verdicts = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, LongAdder> operationsBySecond = new ConcurrentSkipListMap<>();

    public EmailLedger(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    public EmailLedger() {
        this(System::currentTimeMillis);
    }

    /** The run created this campaign, owned by the account of {@code ownerToken}. */
    public void created(String campaignId, String ownerToken) {
        entry(campaignId, ownerToken);
    }

    /** The API answered that it queued {@code emails} emails for the campaign. */
    public void queued(String campaignId, int emails) {
        entry(campaignId, null).queued.add(emails);
    }

    /** The emails the API said it queued for the campaign, 0 for one it does not know. */
    public int expected(String campaignId) {
        Entry entry = byId.get(campaignId);
        return entry == null ? 0 : entry.queued.intValue();
    }

    /** One queue operation (a send or a queue status) answered now, for the operations-per-second figure. */
    public void queueOperation() {
        operationsBySecond
                .computeIfAbsent(clockMillis.getAsLong() / 1000, s -> new LongAdder())
                .increment();
    }

    /** Queue operations in each second from the first to the last one with any (quiet seconds count 0). */
    public List<Long> queueOperationsPerSecond() {
        if (operationsBySecond.isEmpty()) {
            return List.of();
        }
        var perSecond = new ArrayList<Long>();
        for (long s = operationsBySecond.firstKey(); s <= operationsBySecond.lastKey(); s++) {
            LongAdder count = operationsBySecond.get(s);
            perSecond.add(count == null ? 0 : count.sum());
        }
        return perSecond;
    }

    /** The next campaign to reconcile, in the order they were created, each handed out once. */
    public Optional<Campaign> nextToReconcile() {
        while (true) {
            int index = handedOut.getAndIncrement();
            if (index >= inOrder.size()) {
                return Optional.empty();
            }
            Entry entry = inOrder.get(index);
            if (entry.ownerToken != null) {
                return Optional.of(new Campaign(entry.id, entry.ownerToken));
            }
        }
    }

    /** Records a campaign's verdict (the first one counts). */
    public void reconciled(CampaignReconciliation reconciliation) {
        verdicts.putIfAbsent(reconciliation.campaignId(), reconciliation);
    }

    /** Campaigns without a verdict, in creation order. */
    public List<String> unreconciled() {
        synchronized (inOrder) {
            return inOrder.stream()
                    .map(e -> e.id)
                    .filter(id -> !verdicts.containsKey(id))
                    .toList();
        }
    }

    public Totals totals() {
        List<CampaignReconciliation> done;
        synchronized (inOrder) {
            done = inOrder.stream()
                    .map(e -> verdicts.get(e.id))
                    .filter(Objects::nonNull)
                    .toList();
        }
        long queued = byId.values().stream().mapToLong(e -> e.queued.sum()).sum();
        return new Totals(
                byId.size(),
                done.size(),
                queued,
                done.stream().mapToLong(r -> r.found().sent()).sum(),
                done.stream().mapToLong(r -> r.found().failed()).sum(),
                done.stream().mapToLong(CampaignReconciliation::stillQueued).sum(),
                done.stream().mapToLong(CampaignReconciliation::lost).sum(),
                done.stream().filter(r -> r.lost() > 0).toList(),
                unreconciled().stream().mapToLong(this::expected).sum());
    }

    private Entry entry(String campaignId, String ownerToken) {
        Entry entry = byId.computeIfAbsent(campaignId, id -> {
            var created = new Entry(id);
            inOrder.add(created);
            return created;
        });
        if (ownerToken != null) {
            entry.ownerToken = ownerToken;
        }
        return entry;
    }

    /** What the reconciliation found over every campaign of the run. */
    public record Totals(
            int campaigns,
            int reconciled,
            long queued,
            long sent,
            long failed,
            long stillQueued,
            long lost,
            List<CampaignReconciliation> withLoss,
            long notReconciledEmails) {

        /** Campaigns shown by name in {@link #describe()}; the rest are counted. */
        static final int CAMPAIGNS_SHOWN = 50;

        public int notReconciled() {
            return campaigns - reconciled;
        }

        /** One paragraph: the totals, then every campaign with lost emails (the first {@value #CAMPAIGNS_SHOWN}). */
        public String describe() {
            var text = new StringBuilder();
            text.append(String.format(
                    "%,d of %,d campaigns reconciled; %,d emails queued as the API answered: %,d sent, %,d failed,"
                            + " %,d still queued, %,d lost",
                    reconciled, campaigns, queued, sent, failed, stillQueued, lost));
            if (notReconciled() > 0) {
                text.append(String.format(
                        "; %,d campaigns (%,d emails) NOT reconciled", notReconciled(), notReconciledEmails));
            }
            if (!withLoss.isEmpty()) {
                text.append(String.format(". LOST %,d emails in %,d campaigns:", lost, withLoss.size()));
                withLoss.stream()
                        .limit(CAMPAIGNS_SHOWN)
                        .forEach(r -> text.append(' ')
                                .append(r.campaignId())
                                .append(" (")
                                .append(r.lost())
                                .append(" of ")
                                .append(r.expected())
                                .append(')'));
                if (withLoss.size() > CAMPAIGNS_SHOWN) {
                    text.append(" and ")
                            .append(withLoss.size() - CAMPAIGNS_SHOWN)
                            .append(" more campaigns");
                }
            }
            if (stillQueued > 0) {
                text.append(String.format(
                        ". %,d emails were still queued when the wait ended: unfinished, not lost", stillQueued));
            }
            return text.toString();
        }
    }

    private static final class Entry {
        final String id;
        final LongAdder queued = new LongAdder();
        volatile String ownerToken;

        Entry(String id) {
            this.id = id;
        }
    }
}
