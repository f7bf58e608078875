package com.salesmachine.loadtest.testusers;

import com.salesmachine.loadtest.settings.SettingException;
import com.salesmachine.loadtest.settings.SettingSource;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Command that writes the test-users file with fresh random passwords:
 * {@code ./mvnw -q compile exec:java@test-users [-DtestUsers=15] [-DTEST_USERS_FILE=path]}.
 */
public final class GenerateTestUsers {
    private GenerateTestUsers() {}

    public static void main(String[] args) throws Exception {
        var settings = SettingSource.fromSystem();
        try {
            Path file = Path.of(settings.string("TEST_USERS_FILE", TestUsersFile.DEFAULT_PATH.toString()));
            int count = settings.positiveInt("testUsers", TestUsersFile.DEFAULT_COUNT);
            if (count < TestUsersFile.MIN_COUNT || count > TestUsersFile.MAX_COUNT) {
                throw new SettingException(
                        "testUsers",
                        "'" + count + "' is out of range; use " + TestUsersFile.MIN_COUNT + " to "
                                + TestUsersFile.MAX_COUNT);
            }
            TestUsersFile.write(file, TestUsersFile.generate(count, new SecureRandom()));
            System.out.println("Wrote " + count + " test accounts to " + file + " (passwords not shown)");
        } catch (SettingException e) {
            System.err.println("ERROR " + e.getMessage());
            System.exit(64);
        }
    }
}
