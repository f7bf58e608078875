package com.salesmachine.loadtest.config;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.util.List;
import java.util.Locale;

/**
 * How a run is judged: the SLO thresholds (NFR3's by default, {@link Nfr}) and the least share of its
 * intended work a valid run achieves.
 *
 * @param apiP95Ms the p95 every asserted API call stays under ({@code sloApiP95Ms})
 * @param workflowP95Ms the p95 a workflow's end-to-end time stays under ({@code sloWorkflowP95Ms})
 * @param errorPercent the error rate a run stays under ({@code sloErrorPercent})
 * @param minAchievedPercent the least share of its intended work a valid run achieves ({@code minAchievedPercent})
 */
public record Judging(double apiP95Ms, double workflowP95Ms, double errorPercent, double minAchievedPercent) {
    public static final double DEFAULT_MIN_ACHIEVED_PERCENT = 95;

    public static Judging defaults() {
        return new Judging(Nfr.API_P95_MS, Nfr.WORKFLOW_P95_MS, Nfr.ERROR_RATE_PERCENT, DEFAULT_MIN_ACHIEVED_PERCENT);
    }

    public static Judging from(SettingSource source) {
        double achieved = source.positiveDouble("minAchievedPercent", DEFAULT_MIN_ACHIEVED_PERCENT);
        if (achieved > 100) {
            throw new SettingException(
                    "minAchievedPercent",
                    "'" + Numbers.decimals(achieved)
                            + "' is more than 100; give a share of the intended work up to 100");
        }
        return new Judging(
                source.positiveDouble("sloApiP95Ms", Nfr.API_P95_MS),
                source.positiveDouble("sloWorkflowP95Ms", Nfr.WORKFLOW_P95_MS),
                source.positiveDouble("sloErrorPercent", Nfr.ERROR_RATE_PERCENT),
                achieved);
    }

    List<String> describe() {
        return List.of(String.format(
                Locale.ROOT,
                "SLOs             API p95 < %s ms, workflow p95 < %s ms, errors < %s %%; a valid run achieves >= %s %% of its intended work",
                Numbers.decimals(apiP95Ms),
                Numbers.decimals(workflowP95Ms),
                Numbers.decimals(errorPercent),
                Numbers.decimals(minAchievedPercent)));
    }
}
