package com.salesmachine.loadtest.support;

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
    public static final String CAMPAIGN_FIELDS = "campaignFields";

    /** A prospect status to filter the list by. */
    public static final String STATUS_FILTER = "statusFilter";

    /** Ids saved from responses. */
    public static final String PROSPECT_ID = "prospectId";

    public static final String CAMPAIGN_ID = "campaignId";
}
