package com.salesmachine.loadtest.data;

/** Every session key the suite uses, so a typo is a compile error and not an empty value. */
public final class SessionKeys {
    private SessionKeys() {}

    /** From the test-users feeder. */
    public static final String EMAIL = "email";

    public static final String PASSWORD = "password";

    /** Bearer token saved at login. */
    public static final String AUTH_TOKEN = "authToken";

    /** A prospect request body (JSON text) from the fake-data feeder. */
    public static final String PROSPECT_BODY = "prospectBody";

    /** A campaign request body without prospects, as a map. */
    public static final String CAMPAIGN_BODY = "campaignBody";

    /** A prospect status to filter the list by. */
    public static final String STATUS_FILTER = "statusFilter";

    /** Ids saved from responses. */
    public static final String PROSPECT_ID = "prospectId";

    public static final String CAMPAIGN_ID = "campaignId";

    /** The LinkedIn scrape fed to a user: the profile URL, the webhook body, the tag that finds its prospect. */
    public static final String LINKEDIN_URL = "linkedinUrl";

    public static final String SCRAPE_BODY = "scrapeBody";
    public static final String SCRAPE_TAG = "scrapeTag";

    /** From the N8N webhook and execution API. */
    public static final String EXECUTION_ID = "executionId";

    public static final String EXECUTION_STATUS = "executionStatus";
    public static final String EXECUTION_CREATED_AT = "executionCreatedAt";
    public static final String EXECUTION_STARTED_AT = "executionStartedAt";
    public static final String EXECUTION_STOPPED_AT = "executionStoppedAt";

    /** Kept by {@code Polling} while it polls. */
    public static final String POLL_COUNT = "pollCount";

    public static final String POLL_DEADLINE = "pollDeadline";
    public static final String POLL_DELAY_MS = "pollDelayMs";
    /** When the workflow's trigger was answered (epoch ms), for the time it took beyond its execution. */
    public static final String TRIGGERED_AT = "triggeredAt";

    public static final String POLL_LAST = "pollLast";
    public static final String POLL_BY_COUNT = "pollByCount";
    public static final String POLL_OUTCOME = "pollOutcome";

    /** Email queue: the prospects a user created to add to its campaigns (a list of ids). */
    public static final String EMAIL_PROSPECT_IDS = "emailProspectIds";

    /** Email queue: when the user was ready (its window's time, in ns); its operations are due from then. */
    public static final String EMAIL_READY_AT = "emailReadyAt";

    /** Email queue: the repeat counter of a user's operations. */
    public static final String EMAIL_OPERATION = "emailOperation";

    /** Email queue: the prospect ids added to this operation's campaign (a list), so emails expected. */
    public static final String PROSPECTS_TO_ADD = "prospectsToAdd";

    /** Email queue reconciliation: the campaign being reconciled and its owner's bearer token. */
    public static final String RECONCILE_CAMPAIGN_ID = "reconcileCampaignId";

    public static final String RECONCILE_TOKEN = "reconcileToken";

    /** Email queue reconciliation: whether the campaign has nothing queued or sending any more. */
    public static final String QUEUE_SETTLED = "queueSettled";

    /** Email queue reconciliation: how many times the campaign's queue was checked. */
    public static final String QUEUE_CHECKS = "queueChecks";

    /** The direct Redis probe's namespaced key and the value it pushes. */
    public static final String PROBE_KEY = "probeKey";

    public static final String PROBE_VALUE = "probeValue";

    /** The repeat counter of the probe's cycles. */
    public static final String PROBE_CYCLE = "probeCycle";

    /** From the enrichment endpoint. */
    public static final String ENRICHMENT_ID = "enrichmentId";

    public static final String ENRICHMENT_STATUS = "enrichmentStatus";
    /** When the user first asked for the enrichment (epoch ms), for its completion time. */
    public static final String ENRICHMENT_ASKED_AT = "enrichmentAskedAt";

    /** Kept by {@code RateLimited} while it calls and retries. */
    public static final String RATE_LIMIT_ATTEMPT = "rateLimitAttempt";

    public static final String RATE_LIMIT_WAITED_MS = "rateLimitWaitedMs";
    public static final String RATE_LIMIT_THROTTLES = "rateLimitThrottles";
    public static final String RATE_LIMIT_STATUS = "rateLimitStatus";
    public static final String RATE_LIMIT_DECISION = "rateLimitDecision";
    public static final String RATE_LIMIT_NEXT_WAIT_MS = "rateLimitNextWaitMs";
    public static final String RATE_LIMIT_OUTCOME = "rateLimitOutcome";

    /** Kept by {@code Pacing}: when the user's current slot started, and which pass it is in. */
    public static final String PACING_SLOT = "pacingSlot";

    public static final String PACING_PASS = "pacingPass";
}
