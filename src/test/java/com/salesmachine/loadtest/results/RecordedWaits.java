package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunSummary.PathStats;
import java.util.List;
import java.util.Set;

/**
 * Pseudo-requests that record how long a virtual user waited (the polling pattern's back-off, so
 * that a group's time is its elapsed time), not a call to the API: the report leaves them out of
 * the NFR3 table and the bottleneck candidates, and says so.
 */
public final class RecordedWaits {
    /** The request names of recorded waits (the polling pattern's {@code Polling.BACK_OFF}). */
    public static final Set<String> NAMES = Set.of("Poll back-off");

    private RecordedWaits() {}

    static boolean is(PathStats request) {
        return NAMES.contains(request.name());
    }

    /** The requests that are calls to the API. */
    static List<PathStats> calls(List<PathStats> requests) {
        return requests.stream().filter(r -> !is(r)).toList();
    }

    /** A sentence for a section that left recorded waits out, or empty when the run has none. */
    static String note(List<PathStats> requests) {
        List<String> waits =
                requests.stream().filter(RecordedWaits::is).map(PathStats::path).toList();
        return waits.isEmpty()
                ? ""
                : "Left out: " + String.join(", ", waits)
                        + ", the waits between polls, recorded as pseudo-requests so that group times are"
                        + " elapsed times; they are not calls to the API.\n";
    }
}
