package com.salesmachine.loadtest.chains;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.emailqueue.EmailLedger;
import com.salesmachine.loadtest.emailqueue.ReconcileWindow;
import com.salesmachine.loadtest.endpoints.CampaignEndpoints;
import com.salesmachine.loadtest.endpoints.EmailQueueEndpoints;
import com.salesmachine.loadtest.endpoints.ProspectEndpoints;
import com.salesmachine.loadtest.load.Think;
import com.salesmachine.loadtest.metrics.RunMetrics;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a seller does with the email queue, and how the suite proves no email was lost:
 * "Prepare prospects" (once per user), "Queue campaign emails" (create a campaign, add prospects,
 * send, verify queued; once per operation), and after the load "Reconcile emails" (once, whether
 * every operation started; then per campaign: wait, bounded, for its queue to settle, then compare
 * the API's count with the suite's).
 */
public final class EmailQueueChains {
    public static final String PREPARE_PROSPECTS = "Prepare prospects";
    public static final String QUEUE_CAMPAIGN_EMAILS = "Queue campaign emails";
    public static final String RECONCILE_EMAILS = "Reconcile emails";

    /** The queue operations of one operation (its send and its status read): group, then request. */
    public static final List<List<String>> QUEUE_OPERATIONS = List.of(
            List.of(QUEUE_CAMPAIGN_EMAILS, EmailQueueEndpoints.SEND),
            List.of(QUEUE_CAMPAIGN_EMAILS, EmailQueueEndpoints.VERIFY_QUEUED));

    /** Prospects each user creates up front; an operation adds 1 to this many of them. */
    public static final int PROSPECTS_PER_USER = 5;

    /** Between two checks of a campaign whose emails are still queued or sending. */
    static final Duration CHECK_INTERVAL = Duration.ofMillis(500);

    private final ProspectEndpoints prospects;
    private final CampaignEndpoints campaigns;
    private final EmailQueueEndpoints emailQueue;
    private final EmailLedger ledger;
    private final Duration thinkTime;
    private final LongAdder notStarted = new LongAdder();

    public EmailQueueChains(ApiPaths paths, RunMetrics metrics, EmailLedger ledger, Duration thinkTime) {
        this.prospects = new ProspectEndpoints(paths, metrics);
        this.campaigns = new CampaignEndpoints(paths, metrics);
        this.emailQueue = new EmailQueueEndpoints(paths, metrics, ledger);
        this.ledger = ledger;
        this.thinkTime = thinkTime;
    }

    /** Operations that could not start in time (the target was too slow for the pace), so not started. */
    public long operationsNotStarted() {
        return notStarted.sum();
    }

    /** Creates the fed prospects the user's campaigns will email, and keeps their ids. */
    public ChainBuilder prepareProspects(ChainBuilder fakeData) {
        return group(PREPARE_PROSPECTS)
                .on(
                        exec(session -> session.set(SessionKeys.EMAIL_PROSPECT_IDS, List.of())),
                        repeat(PROSPECTS_PER_USER)
                                .on(fakeData, prospects.create(), exec(EmailQueueChains::keepProspect)));
    }

    /**
     * The user's operations, one per pace, due from now (the user is ready): each waits until it is
     * due, and one the window no longer lets start (too late, or past the load's last start) is not
     * started, and counted, so a slow target cannot stretch the run; the operations after it are
     * still due on the same plan. {@link #reconcileEmails} then fails the run by name.
     */
    public ChainBuilder operations(ReconcileWindow window, ChainBuilder fakeData) {
        return exec(session -> session.set(SessionKeys.EMAIL_READY_AT, window.now()))
                .repeat(window.load().shape().passes(), SessionKeys.EMAIL_OPERATION)
                .on(
                        pause(session -> window.untilDue(readyAt(session), operation(session))),
                        doIfOrElse(session -> window.mayStartOperation(readyAt(session), operation(session)))
                                .then(fakeData, queueCampaignEmails())
                                .orElse(exec(session -> {
                                    notStarted.increment();
                                    return session;
                                })));
    }

    private static long readyAt(Session session) {
        return session.getLong(SessionKeys.EMAIL_READY_AT);
    }

    private static int operation(Session session) {
        return session.getInt(SessionKeys.EMAIL_OPERATION);
    }

    /**
     * One operation: create a campaign, add prospects, send it, verify its emails are queued. A
     * failed step ends this operation only; the campaign still counts in the reconciliation.
     */
    public ChainBuilder queueCampaignEmails() {
        return group(QUEUE_CAMPAIGN_EMAILS)
                .on(exitBlockOnFail()
                        .on(
                                exec(session -> chooseProspects(
                                        session.markAsSucceeded().remove(SessionKeys.CAMPAIGN_ID))),
                                campaigns.create(),
                                exec(session -> {
                                    ledger.created(
                                            session.getString(SessionKeys.CAMPAIGN_ID),
                                            session.getString(SessionKeys.AUTH_TOKEN));
                                    return session;
                                }),
                                Think.around(thinkTime),
                                emailQueue.addProspects(),
                                Think.around(thinkTime),
                                emailQueue.send(),
                                Think.around(thinkTime),
                                emailQueue.verifyQueued()));
    }

    /**
     * Reconciles campaigns handed out by the ledger until none is left or the window closes. Each
     * campaign is checked until nothing of it is queued or sending (or the wait is over), then judged
     * once by "Reconcile campaign emails". Operations that never started and campaigns left without a
     * verdict are counters of the run's report ({@code EmailQueueReport}), judged as SLOs, not requests.
     */
    public ChainBuilder reconcileEmails(ReconcileWindow window) {
        int maxChecks = (int) (window.waitLimit().toMillis() / CHECK_INTERVAL.toMillis()) + 2;
        return exec(session -> {
                    window.startWaiting();
                    return session;
                })
                .exec(session -> claim(session, window))
                .asLongAs(session -> session.contains(SessionKeys.RECONCILE_CAMPAIGN_ID))
                .on(
                        group(RECONCILE_EMAILS)
                                .on(
                                        exec(session -> session.set(SessionKeys.QUEUE_SETTLED, false)
                                                .set(SessionKeys.QUEUE_CHECKS, 0)),
                                        asLongAs(session -> !session.getBoolean(SessionKeys.QUEUE_SETTLED)
                                                        && session.getInt(SessionKeys.QUEUE_CHECKS) < maxChecks
                                                        && window.mayWait())
                                                .on(
                                                        doIf(session -> session.getInt(SessionKeys.QUEUE_CHECKS) > 0)
                                                                .then(pause(CHECK_INTERVAL)),
                                                        emailQueue.checkQueue(),
                                                        exec(session -> session.set(
                                                                SessionKeys.QUEUE_CHECKS,
                                                                session.getInt(SessionKeys.QUEUE_CHECKS) + 1))),
                                        emailQueue.reconcile()),
                        exec(session -> claim(session.markAsSucceeded(), window)));
    }

    /** Puts the next campaign to reconcile in the session, or removes it when none is left or time is up. */
    private Session claim(Session session, ReconcileWindow window) {
        Optional<EmailLedger.Campaign> next = window.mayCheck() ? ledger.nextToReconcile() : Optional.empty();
        if (next.isEmpty()) {
            return session.remove(SessionKeys.RECONCILE_CAMPAIGN_ID).remove(SessionKeys.RECONCILE_TOKEN);
        }
        return session.set(SessionKeys.RECONCILE_CAMPAIGN_ID, next.get().id())
                .set(SessionKeys.RECONCILE_TOKEN, next.get().ownerToken());
    }

    private static Session keepProspect(Session session) {
        var ids = new ArrayList<String>(session.getList(SessionKeys.EMAIL_PROSPECT_IDS));
        ids.add(session.getString(SessionKeys.PROSPECT_ID));
        return session.set(SessionKeys.EMAIL_PROSPECT_IDS, List.copyOf(ids));
    }

    /**
     * Picks this operation's prospects: 1 to {@value #PROSPECTS_PER_USER} of the user's, varying
     * with the user and the operation (3 on average), so the run is reproducible.
     */
    private static Session chooseProspects(Session session) {
        List<String> pool = session.getList(SessionKeys.EMAIL_PROSPECT_IDS);
        int operation = session.contains(SessionKeys.EMAIL_OPERATION) ? session.getInt(SessionKeys.EMAIL_OPERATION) : 0;
        int count = 1 + (int) ((session.userId() + operation) % pool.size());
        var chosen = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(pool.get((operation + i) % pool.size()));
        }
        return session.set(SessionKeys.PROSPECTS_TO_ADD, List.copyOf(chosen));
    }
}
