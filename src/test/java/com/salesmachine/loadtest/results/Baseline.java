package com.salesmachine.loadtest.results;

import com.salesmachine.loadtest.results.RunFolders.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a run is compared with: one earlier run, or the per-path median of several, with a line
 * saying which.
 */
public record Baseline(String description, PathP95s p95s) {

    /** An explicitly given baseline; it must be of the same simulation and profile as the current run. */
    static Baseline of(Path folder, RunSummary baseline, RunSummary current) {
        if (!baseline.simulation().equals(current.simulation())) {
            throw new UnusableInputException("baseline is " + baseline.simulation() + ", this run is "
                    + current.simulation() + "; compare runs of the same simulation");
        }
        if (!baseline.profile().equals(current.profile())) {
            throw new UnusableInputException("baseline " + folder.getFileName() + " ran profile '" + baseline.profile()
                    + "', this run ran profile '" + current.profile()
                    + "'; give a baseline of the same profile");
        }
        return new Baseline("run `" + folder.getFileName() + "`", PathP95s.of(baseline));
    }

    /** The median of earlier runs of the same simulation and profile. */
    static Baseline median(List<Run> runs) {
        if (runs.size() == 1) {
            return new Baseline(
                    "run `" + runs.get(0).name() + "` (the only earlier run)",
                    PathP95s.of(runs.get(0).summary()));
        }
        String names = runs.stream().map(r -> "`" + r.name() + "`").collect(Collectors.joining(", "));
        return new Baseline(
                "the median of " + runs.size() + " runs (" + names + ")",
                PathP95s.median(runs.stream().map(Run::summary).toList()));
    }
}
