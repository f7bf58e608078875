package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.Optional;

/**
 * The stand-in N8N's settings, validated: how many executions run at once, how long one runs,
 * what share fails or hangs, the API key its execution API demands, and whether it behaves as the
 * contract says or as a real N8N does. Every bad value is a
 * {@link SettingException} naming the setting, the value and what is accepted.
 */
public record WorkflowConfig(
        int concurrency,
        ExecutionTime executionTime,
        double failureRatio,
        double hangRatio,
        Optional<String> apiKey,
        N8nFlavor flavor) {

    public static final String CONCURRENCY = "standin.workflowConcurrency";
    public static final String TIME = "standin.workflowTime";
    public static final String FAILURE_RATIO = "standin.workflowFailureRatio";
    public static final String HANG_RATIO = "standin.workflowHangRatio";
    public static final String API_KEY = "standin.n8nApiKey";
    public static final String FLAVOR = "standin.n8nFlavor";

    static final int MAX_CONCURRENCY = 1_000;

    public WorkflowConfig {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new SettingException(
                    CONCURRENCY, "'" + concurrency + "' is out of range; use 1 to " + MAX_CONCURRENCY);
        }
        checkRatio(FAILURE_RATIO, failureRatio);
        checkRatio(HANG_RATIO, hangRatio);
        if (apiKey.isPresent() && apiKey.get().isBlank()) {
            throw new SettingException(
                    API_KEY, "is blank; give the key clients must send as X-N8N-API-KEY, or leave it unset");
        }
    }

    /** 10 executions at once, median 1.5 s with a tail toward 6 s, none failing or hanging, no API key, the contract's N8N. */
    public static WorkflowConfig defaults() {
        return new WorkflowConfig(10, ExecutionTime.DEFAULT, 0, 0, Optional.empty(), N8nFlavor.CONTRACT);
    }

    /** Reads every workflow setting; throws {@link SettingException} on the first bad one. */
    public static WorkflowConfig from(SettingSource settings) {
        WorkflowConfig d = defaults();
        return new WorkflowConfig(
                settings.positiveInt(CONCURRENCY, d.concurrency),
                settings.raw(TIME).map(t -> ExecutionTime.parse(TIME, t)).orElse(d.executionTime),
                settings.raw(FAILURE_RATIO).map(r -> ratio(FAILURE_RATIO, r)).orElse(d.failureRatio),
                settings.raw(HANG_RATIO).map(r -> ratio(HANG_RATIO, r)).orElse(d.hangRatio),
                settings.raw(API_KEY),
                settings.raw(FLAVOR).map(f -> N8nFlavor.parse(FLAVOR, f)).orElse(d.flavor));
    }

    public WorkflowConfig withConcurrency(int value) {
        return new WorkflowConfig(value, executionTime, failureRatio, hangRatio, apiKey, flavor);
    }

    public WorkflowConfig withExecutionTime(ExecutionTime value) {
        return new WorkflowConfig(concurrency, value, failureRatio, hangRatio, apiKey, flavor);
    }

    public WorkflowConfig withFailureRatio(double value) {
        return new WorkflowConfig(concurrency, executionTime, value, hangRatio, apiKey, flavor);
    }

    public WorkflowConfig withHangRatio(double value) {
        return new WorkflowConfig(concurrency, executionTime, failureRatio, value, apiKey, flavor);
    }

    public WorkflowConfig withApiKey(String value) {
        return new WorkflowConfig(
                concurrency, executionTime, failureRatio, hangRatio, Optional.ofNullable(value), flavor);
    }

    public WorkflowConfig withFlavor(N8nFlavor value) {
        return new WorkflowConfig(concurrency, executionTime, failureRatio, hangRatio, apiKey, value);
    }

    /** One line for logs; the API key is masked. */
    @Override
    public String toString() {
        return "workflows[concurrency=" + concurrency + ", time=" + executionTime + ", failureRatio=" + failureRatio
                + ", hangRatio=" + hangRatio + ", n8nApiKey=" + (apiKey.isPresent() ? "***" : "none") + ", n8nFlavor="
                + flavor + "]";
    }

    private static double ratio(String setting, String text) {
        try {
            double value = Double.parseDouble(text.trim());
            checkRatio(setting, value);
            return value;
        } catch (NumberFormatException e) {
            throw new SettingException(setting, "'" + text + "' is not a number from 0 to 1; use e.g. 0.2");
        }
    }

    private static void checkRatio(String setting, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new SettingException(setting, "'" + value + "' is not a number from 0 to 1; use e.g. 0.2");
        }
    }
}
