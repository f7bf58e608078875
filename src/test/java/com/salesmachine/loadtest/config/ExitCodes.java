package com.salesmachine.loadtest.config;

/** The suite's exit codes, in one place (the README's "Exit codes" lists them). */
public final class ExitCodes {
    /** The run could not be read, judged or written: it has no verdict. */
    public static final int NO_VERDICT = 1;

    /** A run's SLO failed (the code Gatling itself gives a failed assertion). */
    public static final int SLO_FAILED = 2;

    /** A sustained SLO breach stopped the run's injection before its end (stop criteria, {@code stopOnBreach}). */
    public static final int STOPPED = 3;

    /** A run's figures do not describe the API: less than its intended work, or a saturated injector. */
    public static final int INVALID = 4;

    /** Bad input: a setting, a file or the target refused before any load. */
    public static final int BAD_INPUT = 64;

    private ExitCodes() {}
}
