package com.salesmachine.loadtest.results;

import java.util.List;

/** The injector's own health over a time window of the run, and why it was saturated there, if it was. */
public interface InjectorView {
    /** The figures over [fromMillis, toMillis), labelled with the window's name. */
    RunSummary.Injector health(long fromMillis, long toMillis, String window);

    /** One line per limit crossed in that window, with the measured figure; empty when healthy. */
    List<String> saturation(long fromMillis, long toMillis, String window);

    /** No figures (a run read without its JVM, e.g. in a test). */
    InjectorView NONE = new InjectorView() {
        @Override
        public RunSummary.Injector health(long fromMillis, long toMillis, String window) {
            return new RunSummary.Injector(
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
                    null);
        }

        @Override
        public List<String> saturation(long fromMillis, long toMillis, String window) {
            return List.of();
        }
    };
}
