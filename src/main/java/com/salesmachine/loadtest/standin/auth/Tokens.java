package com.salesmachine.loadtest.standin.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.random.RandomGenerator;

/**
 * Opaque bearer tokens with a fixed time to live, read from an injected clock.
 *
 * <p>Memory stays bounded: expired tokens are dropped as new ones are issued (tokens expire in the
 * order they were issued), and beyond {@code maxLive} tokens the oldest is dropped early.
 */
public final class Tokens {
    public static final int DEFAULT_MAX_LIVE = 200_000;
    private static final int TOKEN_BYTES = 32;

    private final Clock clock;
    private final Duration ttl;
    private final RandomGenerator random;
    private final int maxLive;
    private final ConcurrentHashMap<String, Session> live = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Session> issueOrder = new ConcurrentLinkedQueue<>();

    /** {@code random} should be a {@link java.security.SecureRandom} outside tests. */
    public Tokens(Clock clock, Duration ttl, RandomGenerator random, int maxLive) {
        this.clock = clock;
        this.ttl = ttl;
        this.random = random;
        this.maxLive = maxLive;
    }

    public Session issue(String accountId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        var session = new Session(
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                accountId,
                clock.instant().plus(ttl));
        live.put(session.token(), session);
        issueOrder.add(session);
        dropOld();
        return session;
    }

    /** The account a token stands for, while the token is known and not expired. */
    public Optional<String> accountFor(String token) {
        Session session = live.get(token);
        if (session == null || !clock.instant().isBefore(session.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(session.accountId());
    }

    public Duration ttl() {
        return ttl;
    }

    int liveCount() {
        return live.size();
    }

    private void dropOld() {
        var now = clock.instant();
        Session oldest;
        while ((oldest = issueOrder.peek()) != null && (!now.isBefore(oldest.expiresAt()) || live.size() > maxLive)) {
            if (issueOrder.remove(oldest)) {
                live.remove(oldest.token());
            }
        }
    }
}
