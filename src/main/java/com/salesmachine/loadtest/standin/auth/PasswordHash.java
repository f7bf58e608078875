package com.salesmachine.loadtest.standin.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.random.RandomGenerator;

/**
 * A salted SHA-256 hash of a password, so the stand-in never keeps passwords in clear.
 *
 * <p>Deliberately one fast round, not a slow key-derivation function: the stand-in shares the
 * machine with the load generator, and its login cost is modelled by the service time instead.
 */
final class PasswordHash {
    private static final int SALT_BYTES = 16;

    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(byte[] salt, byte[] hash) {
        this.salt = salt;
        this.hash = hash;
    }

    static PasswordHash of(String password, RandomGenerator random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(salt, digest(salt, password));
    }

    /** Whether {@code password} hashes to this, compared in constant time. */
    boolean matches(String password) {
        return MessageDigest.isEqual(hash, digest(salt, password));
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
