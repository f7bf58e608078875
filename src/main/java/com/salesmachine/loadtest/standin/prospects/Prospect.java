package com.salesmachine.loadtest.standin.prospects;

import com.salesmachine.loadtest.standin.storage.StoredItem;
import java.time.Instant;
import java.util.List;

/** A stored prospect, as the API returns it. */
public record Prospect(
        String id,
        String firstName,
        String lastName,
        String email,
        String company,
        String title,
        String linkedinUrl,
        ProspectStatus status,
        String source,
        List<String> tags,
        Instant createdAt)
        implements StoredItem<ProspectStatus> {}
