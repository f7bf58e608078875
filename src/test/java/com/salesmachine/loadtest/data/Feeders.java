package com.salesmachine.loadtest.data;

import com.salesmachine.loadtest.testusers.TestUser;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** The suite's feeders: test accounts (circular) and LinkedIn profiles to scrape (endless, reproducible). */
public final class Feeders {
    private Feeders() {}

    /** Each virtual user logs in as the next account, wrapping around. */
    public static Iterator<Map<String, Object>> testUsers(List<TestUser> users) {
        if (users.isEmpty()) {
            throw new IllegalArgumentException("no test users");
        }
        return endless(new Supplier<>() {
            private int next;

            @Override
            public Map<String, Object> get() {
                TestUser user = users.get(next);
                next = (next + 1) % users.size();
                return Map.of(SessionKeys.EMAIL, user.email(), SessionKeys.PASSWORD, user.password());
            }
        });
    }

    /**
     * A LinkedIn profile to scrape, the webhook body, and a tag unique to this scrape in this run
     * ({@code scrape:<run id>-<prefix><n>}, the prefix a shard's, {@code s1-}, or none) by which its
     * prospect is found.
     */
    public static Iterator<Map<String, Object>> scrapes(FakeData data, String runId, String prefix) {
        var next = new AtomicLong();
        return endless(() -> {
            String url = data.linkedinUrl();
            String tag = "scrape:" + runId + "-" + prefix + next.incrementAndGet();
            return Map.of(
                    SessionKeys.LINKEDIN_URL, url,
                    SessionKeys.SCRAPE_TAG, tag,
                    SessionKeys.SCRAPE_BODY, FakeData.json(data.scrape(url, tag)));
        });
    }

    private static Iterator<Map<String, Object>> endless(Supplier<Map<String, Object>> next) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                return next.get();
            }
        };
    }
}
