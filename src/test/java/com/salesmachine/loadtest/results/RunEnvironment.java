package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The machine and versions a run happened on, for the summary and the report's environment section. */
public final class RunEnvironment {
    private RunEnvironment() {}

    public static RunSummary.Environment current() {
        Runtime runtime = Runtime.getRuntime();
        return new RunSummary.Environment(
                gatlingVersion(),
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024),
                gitCommit(),
                hostname());
    }

    /** From gatling-core's jar manifest. */
    static String gatlingVersion() {
        String version =
                io.gatling.core.config.GatlingConfiguration.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /** {@code GITHUB_SHA} in GitHub Actions, else what git says about the working directory; null outside a checkout. */
    static String gitCommit() {
        String fromCi = System.getenv("GITHUB_SHA");
        if (fromCi != null && !fromCi.isBlank()) {
            return fromCi.substring(0, Math.min(12, fromCi.length()));
        }
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{7,40}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String hostname() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).trim();
        } catch (IOException e) {
            return null;
        }
    }
}
