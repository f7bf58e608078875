package com.salesmachine.loadtest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bad input's exit: the forked Gatling JVM exits {@value com.salesmachine.loadtest.config.ExitCodes#BAD_INPUT}, but Maven exits 1 both for a
 * refusal and for a failed SLO, so the refusal line is also written to {@link #FILE} for wrapper
 * scripts (ci/nightly.sh) to tell the two apart.
 */
public final class BadInputMarker {
    public static final Path FILE = Path.of("target", "refused.txt");

    private BadInputMarker() {}

    /** Writes the refusal line; a marker that cannot be written is not worth another error. */
    public static void write(String line) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator());
        } catch (IOException | RuntimeException e) {
            // The line on the console is what counts.
        }
    }
}
