package com.salesmachine.loadtest.standin.auth;

import com.salesmachine.loadtest.testusers.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The stand-in's users, exactly the given test accounts, with salted password hashes. Emails
 * match case-insensitively; an account's id is derived from its email, so it is the same on
 * every start.
 */
public final class Accounts {
    private final Map<String, Entry> byEmail = new HashMap<>();
    private final PasswordHash decoy;

    public Accounts(List<TestUser> users, RandomGenerator saltSource) {
        for (TestUser user : users) {
            String key = key(user.email());
            var account = new Account(stableId(key), user.email());
            if (byEmail.put(key, new Entry(account, PasswordHash.of(user.password(), saltSource))) != null) {
                throw new IllegalArgumentException("account " + user.email() + " is listed twice");
            }
        }
        decoy = PasswordHash.of("decoy", saltSource);
    }

    /** The account when the email is known and the password is its own. */
    public Optional<Account> authenticate(String email, String password) {
        Entry entry = byEmail.get(key(email));
        if (entry == null) {
            // Same work as for a known email, so timing does not tell which emails exist.
            decoy.matches(password);
            return Optional.empty();
        }
        return entry.hash.matches(password) ? Optional.of(entry.account) : Optional.empty();
    }

    public int size() {
        return byEmail.size();
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String stableId(String key) {
        return UUID.nameUUIDFromBytes(("sales-machine-stand-in:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private record Entry(Account account, PasswordHash hash) {}
}
