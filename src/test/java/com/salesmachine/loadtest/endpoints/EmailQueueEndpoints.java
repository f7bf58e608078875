package com.salesmachine.loadtest.endpoints;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.salesmachine.loadtest.config.ApiPaths;
import com.salesmachine.loadtest.data.FakeData;
import com.salesmachine.loadtest.data.SessionKeys;
import com.salesmachine.loadtest.emailqueue.CampaignReconciliation;
import com.salesmachine.loadtest.emailqueue.EmailLedger;
import com.salesmachine.loadtest.emailqueue.EmailsUnaccounted;
import com.salesmachine.loadtest.emailqueue.QueueCounts;
import com.salesmachine.loadtest.metrics.RunMetrics;
import com.salesmachine.loadtest.metrics.ServerTiming;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;

/**
 * Calls of the email queue: add prospects to a campaign, send it, and read its queue status, to
 * verify a send and to reconcile the emails after the load. The suite's count of queued emails lives in the shared {@link EmailLedger}.
 */
public final class EmailQueueEndpoints {
    public static final String ADD_PROSPECTS = "Add prospects to campaign";
    public static final String SEND = "Send campaign emails";
    public static final String VERIFY_QUEUED = "Verify emails queued";
    public static final String CHECK_QUEUE = "Check campaign queue";
    public static final String RECONCILE = "Reconcile campaign emails";

    /** How many emails wait in the whole queue, from every send and status answer. */
    public static final String QUEUE_DEPTH = "Email queue depth";

    private static final String IN_THE_QUEUE = "its emails in the queue";
    private static final String NO_EMAIL_LOST = "no email lost";
    private static final String RECONCILE_BEARER = "Bearer #{" + SessionKeys.RECONCILE_TOKEN + "}";
    private static final String THIS_CAMPAIGN = "#{" + SessionKeys.CAMPAIGN_ID + "}";

    private final ApiPaths paths;
    private final RunMetrics metrics;
    private final EmailLedger ledger;

    public EmailQueueEndpoints(ApiPaths paths, RunMetrics metrics, EmailLedger ledger) {
        this.paths = paths;
        this.metrics = metrics;
        this.ledger = ledger;
    }

    /** Adds this operation's prospects to the campaign just created. */
    public HttpRequestActionBuilder addProspects() {
        return http(ADD_PROSPECTS)
                .post(paths.campaigns() + "/" + THIS_CAMPAIGN + "/prospects")
                .header("Authorization", AuthEndpoints.BEARER)
                .body(StringBody(
                        session -> FakeData.json(Map.of("prospectIds", session.getList(SessionKeys.PROSPECTS_TO_ADD)))))
                .transformResponse(ServerTiming.recorder(metrics, ADD_PROSPECTS))
                .check(
                        status().is(200),
                        jsonPath("$.id").isEL(THIS_CAMPAIGN),
                        jsonPath("$.prospectIds[*]")
                                .count()
                                .transformWithSession((count, session) -> count
                                        >= session.getList(SessionKeys.PROSPECTS_TO_ADD)
                                                .size())
                                .is(true));
    }

    /**
     * Sends the campaign. Whatever number of emails a {@code 202} says were queued goes into the
     * ledger first, so a later failed check cannot hide emails from the reconciliation.
     */
    public HttpRequestActionBuilder send() {
        return http(SEND)
                .post(paths.campaigns() + "/" + THIS_CAMPAIGN + "/send")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, SEND))
                .check(
                        status().is(202),
                        jsonPath("$.queued").ofInt().transformWithSession((queued, session) -> {
                            ledger.queued(session.getString(SessionKeys.CAMPAIGN_ID), queued);
                            ledger.queueOperation();
                            return queued;
                        }),
                        jsonPath("$.campaignId").isEL(THIS_CAMPAIGN),
                        jsonPath("$.queued")
                                .ofInt()
                                .transformWithSession((queued, session) -> queued
                                        == session.getList(SessionKeys.PROSPECTS_TO_ADD)
                                                .size())
                                .is(true),
                        jsonPath("$.emailIds[*]").count().isEL("#{" + SessionKeys.PROSPECTS_TO_ADD + ".size()}"),
                        queueDepth());
    }

    /**
     * Reads the campaign's queue status right after the send: its emails must be in the queue.
     * Whether every one of them survives is the reconciliation's question, once the queue settles.
     */
    public HttpRequestActionBuilder verifyQueued() {
        return http(VERIFY_QUEUED)
                .get(paths.campaigns() + "/" + THIS_CAMPAIGN + "/queue")
                .header("Authorization", AuthEndpoints.BEARER)
                .transformResponse(ServerTiming.recorder(metrics, VERIFY_QUEUED))
                .check(
                        status().is(200),
                        jsonPath("$.campaignId").isEL(THIS_CAMPAIGN),
                        bodyString().validate(IN_THE_QUEUE, (body, session) -> {
                            ledger.queueOperation();
                            if (QueueCounts.parse(body).accounted() == 0) {
                                String campaignId = session.getString(SessionKeys.CAMPAIGN_ID);
                                throw new EmailsUnaccounted("campaign " + campaignId + ": none of its "
                                        + ledger.expected(campaignId) + " emails in the queue");
                            }
                            return body;
                        }),
                        queueDepth());
    }

    /** While reconciling: reads the campaign's queue and keeps whether nothing is queued or sending. */
    public HttpRequestActionBuilder checkQueue() {
        return http(CHECK_QUEUE)
                .get(paths.campaigns() + "/#{" + SessionKeys.RECONCILE_CAMPAIGN_ID + "}/queue")
                .header("Authorization", RECONCILE_BEARER)
                .check(
                        status().is(200),
                        bodyString()
                                .transform(body -> QueueCounts.parse(body).stillQueued() == 0)
                                .saveAs(SessionKeys.QUEUE_SETTLED));
    }

    /**
     * The campaign's verdict: the emails the API said it queued against its sent + failed + still
     * queued now. Any email unaccounted for fails this request, with a message naming the campaign
     * ("bodyString.find.no email lost, c.s.l.s.EmailsUnaccounted: campaign c1: 1 of 3 emails lost ...").
     */
    public HttpRequestActionBuilder reconcile() {
        return http(RECONCILE)
                .get(paths.campaigns() + "/#{" + SessionKeys.RECONCILE_CAMPAIGN_ID + "}/queue")
                .header("Authorization", RECONCILE_BEARER)
                .check(status().is(200), bodyString().validate(NO_EMAIL_LOST, (body, session) -> {
                    String campaignId = session.getString(SessionKeys.RECONCILE_CAMPAIGN_ID);
                    var verdict = new CampaignReconciliation(
                            campaignId, ledger.expected(campaignId), QueueCounts.parse(body));
                    ledger.reconciled(verdict);
                    if (verdict.lost() > 0) {
                        throw new EmailsUnaccounted(verdict.describe());
                    }
                    return body;
                }));
    }

    private CheckBuilder.Final queueDepth() {
        return jsonPath("$.queueDepth")
                .ofLong()
                .transform(depth -> {
                    metrics.trend(QUEUE_DEPTH, "emails").record(depth);
                    return depth;
                })
                .optional();
    }
}
