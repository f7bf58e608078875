package com.salesmachine.loadtest.standin;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import com.salesmachine.loadtest.standin.emailqueue.EmailQueueConfig;
import com.salesmachine.loadtest.testusers.TestUser;
import com.salesmachine.loadtest.testusers.TestUsersFile;
import com.salesmachine.loadtest.testusers.TestUsersFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

/**
 * The command that runs the stand-in as its own process until it is killed:
 * {@code StandInMain [--port N]}, accounts from {@code TEST_USERS_FILE} (created when missing),
 * every other knob from the {@code standin.*} settings.
 */
public final class StandInMain {
    static final int EXIT_USAGE = 64;
    static final String USERS_FILE = "TEST_USERS_FILE";
    static final String USAGE = """
      Usage: StandInMain [--port N] [--help]
        --port N   listen on 127.0.0.1:N (0: any free port); overrides standin.port
      Accounts come from TEST_USERS_FILE (default %s), created when missing.
      Settings (system property or environment variable): standin.port, standin.apiKey,
        standin.dbPoolSize, standin.dbPoolTimeout, standin.latencyFactor, standin.latency,
        standin.seed, standin.tokenTtl, standin.workflowConcurrency, standin.workflowTime,
        standin.workflowFailureRatio, standin.workflowHangRatio, standin.n8nApiKey, standin.n8nFlavor,
        standin.emailDrainRate, standin.emailDropFraction, standin.emailFailFraction, standin.redisToken,
        standin.enrichmentRate, standin.enrichmentBurst, standin.retryAfter, standin.enrichmentTime,
        standin.enrichmentLimiter, standin.enrichmentWindow, standin.etags, standin.hangOnH2c,
        standin.break.""".formatted(TestUsersFile.DEFAULT_PATH);

    private StandInMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        StandInServer server;
        try {
            server = start(args, SettingSource.fromSystem(), System.out);
        } catch (SettingException | TestUsersFileException e) {
            System.err.println("ERROR " + e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stand-in-shutdown"));
        new CountDownLatch(1).await();
    }

    /** Starts the server as {@code args} and {@code settings} say, and prints where it listens. */
    static StandInServer start(String[] args, SettingSource settings, PrintStream out) {
        StandInConfig config = StandInConfig.from(settings);
        OptionalInt port = portArgument(args);
        if (port.isPresent()) {
            config = config.withPort(port.getAsInt());
        }
        Path file = Path.of(settings.string(USERS_FILE, TestUsersFile.DEFAULT_PATH.toString()));
        List<TestUser> accounts = readAccounts(file);
        StandInServer server = StandInServer.start(config, accounts);
        out.println("Stand-in Sales Machine API listening on " + server.baseUrl() + " (" + accounts.size()
                + " accounts from " + file + ")");
        out.println("Its email queue's store (Upstash REST subset) at " + server.upstashRestUrl() + ", token "
                + (config.emailQueue().redisToken().isPresent()
                        ? "from " + EmailQueueConfig.REDIS_TOKEN
                        : "random (set " + EmailQueueConfig.REDIS_TOKEN + " to probe it from outside)"));
        return server;
    }

    /** The {@code --port N} (or {@code --port=N}) argument; anything else is an error. */
    static OptionalInt portArgument(String[] args) {
        OptionalInt port = OptionalInt.empty();
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--port")) {
                if (i + 1 == args.length) {
                    throw new SettingException("--port", "needs a port number; use 0 (any free port) to 65535");
                }
                value = args[++i];
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
            } else {
                throw new SettingException("arguments", "'" + args[i] + "' is not understood; use --port N or --help");
            }
            try {
                port = OptionalInt.of(Integer.parseInt(value.trim()));
            } catch (NumberFormatException e) {
                throw new SettingException(
                        "--port", "'" + value + "' is not a port number; use 0 (any free port) to 65535");
            }
        }
        return port;
    }

    private static List<TestUser> readAccounts(Path file) {
        try {
            return TestUsersFile.readOrCreate(file);
        } catch (IOException e) {
            throw new TestUsersFileException(file + " cannot be created (" + e.getMessage() + ")");
        }
    }
}
