package com.salesmachine.loadtest.results;

import java.util.List;

/** The injector's own health over a time window of the run, and why it was saturated there, if it was. */
@FunctionalInterface
public interface InjectorView {
    /** The figures over a window and one line per limit crossed in it (empty when healthy). */
    record Health(RunSummary.Injector figures, List<String> saturation) {}

    /** The injector over [fromMillis, toMillis), labelled with the window's name. */
    Health over(long fromMillis, long toMillis, String window);

    /** No figures (a run read without its JVM, e.g. in a test). */
    InjectorView NONE = (fromMillis, toMillis, window) -> new Health(
            new RunSummary.Injector(
                    window,
                    0,
                    Runtime.getRuntime().availableProcessors(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
            List.of());
}
