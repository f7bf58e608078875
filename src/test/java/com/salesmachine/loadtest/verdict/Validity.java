package com.salesmachine.loadtest.verdict;

import com.salesmachine.loadtest.config.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run's figures describe the API: it did at least {@code minAchievedPercent} of the work it
 * intended, and the injector was not its own bottleneck.
 */
public final class Validity {
    /** The default least share of the intended work a valid run achieves. */
    public static final double DEFAULT_MIN_ACHIEVED_PERCENT = 95;

    /** How a reason for a saturated injector starts. */
    public static final String SATURATED = "generator saturated: ";

    private Validity() {}

    /**
     * The reasons a run is invalid, one line each: every judged work item under {@code minAchievedPercent},
     * then the injector's saturation reasons (given as measured lines), prefixed
     * {@code generator saturated: }.
     */
    public static List<String> reasons(List<Work> work, double minAchievedPercent, List<String> saturation) {
        var reasons = new ArrayList<String>();
        for (Work w : work) {
            if (w.judged() && w.percent() < minAchievedPercent) {
                reasons.add("achieved less than intended: " + w.describe() + ", under the "
                        + Numbers.decimals(minAchievedPercent) + " % a valid run needs");
            }
        }
        for (String s : saturation) {
            reasons.add(SATURATED + s);
        }
        return reasons;
    }
}
