package com.salesmachine.loadtest.run;

import com.salesmachine.loadtest.config.Settings;
import com.salesmachine.loadtest.config.TargetMetricsSettings;
import com.salesmachine.loadtest.outbound.ProductionGuard;
import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.testusers.TestUser;
import com.salesmachine.loadtest.testusers.TestUsersFile;
import com.salesmachine.loadtest.testusers.TestUsersFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a run checks of its input before it starts anything: the results folder, the accounts, the URLs it knows. */
public final class RunInputs {
    private RunInputs() {}

    /** Every URL known before the target starts passes the guard before the first request. */
    public static void guardKnownUrls(Settings settings, ProductionGuard guard) {
        settings.apiBaseUrl().ifPresent(url -> guard.check("API_BASE_URL", url));
        settings.upstashRedisRestUrl().ifPresent(url -> guard.check(Settings.UPSTASH_REDIS_REST_URL, url));
        settings.n8nWebhookUrl()
                .filter(webhook -> !webhook.startsWith("/"))
                .ifPresent(webhook -> guard.check("N8N_WEBHOOK_URL", URI.create(webhook)));
        settings.targetMetrics().url().ifPresent(url -> guard.check(TargetMetricsSettings.URL, url));
    }

    /** {@code resultsDir} must be a folder this run can write, checked before any load. */
    static void checkWritable(Path resultsDir) {
        if (Files.exists(resultsDir) && !Files.isDirectory(resultsDir)) {
            throw new SettingException("resultsDir", "'" + resultsDir + "' is a file, not a folder; name a folder");
        }
        try {
            Files.createDirectories(resultsDir);
            Path probe = Files.createTempFile(resultsDir, ".write-check-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new SettingException(
                    "resultsDir",
                    "'" + resultsDir + "' cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "); name a folder this user can write");
        }
    }

    /** The run's test accounts: the users file (written first for the embedded stand-in when absent). */
    public static List<TestUser> accounts(Settings settings) {
        if (settings.apiBaseUrl().isPresent()) {
            return withSettingName(() -> TestUsersFile.read(settings.testUsersFile()));
        }
        return withSettingName(() -> {
            try {
                return TestUsersFile.readOrCreate(settings.testUsersFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** This shard's slice of the accounts (all of them for one injector); refused when it would be empty. */
    public static List<TestUser> shardOf(Settings settings, List<TestUser> accounts) {
        var shard = settings.shard();
        if (shard.isSharded() && accounts.size() < shard.count()) {
            throw new TestUsersFileException("TEST_USERS_FILE: " + settings.testUsersFile() + " has "
                    + accounts.size() + " accounts for " + shard.count()
                    + " shards; each shard needs accounts of its own, so give it at least " + shard.count());
        }
        return shard.slice(accounts);
    }

    private static List<TestUser> withSettingName(java.util.function.Supplier<List<TestUser>> read) {
        try {
            return read.get();
        } catch (TestUsersFileException e) {
            throw new TestUsersFileException("TEST_USERS_FILE: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new TestUsersFileException(
                    "TEST_USERS_FILE: cannot be written (" + e.getCause().getMessage() + ")");
        }
    }
}
