package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.ExitCodes;
import com.salesmachine.loadtest.config.Secrets;
import com.salesmachine.loadtest.outbound.OutboundException;
import com.salesmachine.loadtest.preflight.PreflightException;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.testusers.TestUsersFileException;

/**
 * Bad input's one path: what counts as a refusal (a setting, a file, a check before the load), the one
 * line it prints (every secret masked), and the exit with {@value ExitCodes#BAD_INPUT} and the
 * marker file.
 */
public final class BadInput {
    private BadInput() {}

    /** Whether {@code e} is bad input (a refusal with one line) rather than a bug. */
    public static boolean isBadInput(Throwable e) {
        return e instanceof SettingException
                || e instanceof TestUsersFileException
                || e instanceof PreflightException
                || e instanceof OutboundException;
    }

    /** The one line a refusal prints: {@code ERROR <setting>: ...}, every secret masked. */
    public static String refusalLine(RuntimeException e, Secrets secrets) {
        String message = isBadInput(e)
                ? e.getMessage()
                : "the run could not start: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        return "ERROR " + secrets.scrub(message.replace('\n', ' ').replace('\r', ' '));
    }

    /** Prints the refusal line, writes the marker and ends the JVM; returns only to satisfy {@code throw}. */
    public static RuntimeException exit(RuntimeException e, Secrets secrets) {
        String line = refusalLine(e, secrets);
        System.err.println(line);
        System.err.flush();
        BadInputMarker.write(line);
        System.exit(ExitCodes.BAD_INPUT);
        return e;
    }
}
