package com.salesmachine.loadtest.config;

/** The suite's exit codes, in one place (the README's "Exit codes" lists them). */
public final class ExitCodes {
    /** Bad input: a setting, a file or the target refused before any load. */
    public static final int BAD_INPUT = 64;

    private ExitCodes() {}
}
