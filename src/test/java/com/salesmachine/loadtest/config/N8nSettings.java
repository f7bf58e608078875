package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The settings of the N8N workflows the suite triggers and polls (the webhook itself is
 * {@code N8N_WEBHOOK_URL} in {@link Settings}): the execution API's key and path, and the bounds of
 * waiting for one workflow. Read from {@link Settings#load}, like {@link ApiPaths}.
 */
public record N8nSettings(
        Optional<String> apiKey, String executionsPath, Duration workflowTimeout, int workflowMaxPolls) {

    public static final String API_KEY = "N8N_API_KEY";
    public static final String EXECUTIONS_PATH = "path.n8nExecutions";
    public static final String WORKFLOW_TIMEOUT = "workflowTimeout";
    public static final String WORKFLOW_MAX_POLLS = "workflowMaxPolls";

    public static final String DEFAULT_EXECUTIONS_PATH = "/api/v1/executions";
    /** Three times NFR3's 5 s: long enough to tell a slow workflow from a stuck one. */
    public static final Duration DEFAULT_WORKFLOW_TIMEOUT = Duration.ofSeconds(15);

    public static final int DEFAULT_WORKFLOW_MAX_POLLS = 60;
    static final Duration MAX_WORKFLOW_TIMEOUT = Duration.ofMinutes(10);
    static final int MAX_POLLS_LIMIT = 1_000;

    static N8nSettings from(SettingSource source) {
        String path = source.string(EXECUTIONS_PATH, DEFAULT_EXECUTIONS_PATH);
        if (!path.matches("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")) {
            throw new SettingException(
                    EXECUTIONS_PATH,
                    "'" + path + "' is not a path; use one starting with / such as " + DEFAULT_EXECUTIONS_PATH);
        }
        Duration timeout = source.positiveDuration(WORKFLOW_TIMEOUT, DEFAULT_WORKFLOW_TIMEOUT);
        if (timeout.compareTo(MAX_WORKFLOW_TIMEOUT) > 0) {
            throw new SettingException(
                    WORKFLOW_TIMEOUT,
                    "'" + Durations.format(timeout) + "' is too long; use at most "
                            + Durations.format(MAX_WORKFLOW_TIMEOUT) + ", e.g. 15s");
        }
        int maxPolls = source.positiveInt(WORKFLOW_MAX_POLLS, DEFAULT_WORKFLOW_MAX_POLLS);
        if (maxPolls > MAX_POLLS_LIMIT) {
            throw new SettingException(
                    WORKFLOW_MAX_POLLS, "'" + maxPolls + "' is out of range; use 1 to " + MAX_POLLS_LIMIT);
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new N8nSettings(source.raw(API_KEY), trimmed, timeout, maxPolls);
    }

    /** For {@link Settings#describe()}: the key masked. */
    List<String> describe() {
        return List.of(
                "N8N_API_KEY      " + apiKey.map(k -> "**** (set)").orElse("(not set)"),
                "workflows        execution API " + executionsPath + ", time-out " + Durations.format(workflowTimeout)
                        + ", at most " + workflowMaxPolls + " polls");
    }
}
