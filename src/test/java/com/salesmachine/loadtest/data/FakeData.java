package com.salesmachine.loadtest.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Prospect and campaign payloads from Datafaker, reproducible with the {@code seed} setting and
 * tagged with the run id. Thread-safe: virtual users draw from one shared sequence.
 */
public final class FakeData {
    public static final List<String> PROSPECT_STATUSES =
            List.of("new", "contacted", "replied", "qualified", "disqualified");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Faker faker;
    private final Random random;
    private final List<String> tags;

    public FakeData(long seed, String runId) {
        this.random = new Random(seed);
        this.faker = new Faker(Locale.US, new Random(seed));
        this.tags = List.of(RunId.SUITE_TAG, RunId.tag(runId));
    }

    /** A valid prospect request body, as a map. */
    public synchronized Map<String, Object> prospect() {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        String company = faker.company().name();
        String handle = slug(first) + "-" + slug(last) + "-" + Integer.toHexString(0x100000 + random.nextInt(0xefffff));
        var body = new LinkedHashMap<String, Object>();
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("email", slug(first) + "." + slug(last) + "@" + slug(company) + ".example.com");
        body.put("company", company);
        body.put("title", faker.job().title());
        body.put("linkedinUrl", "https://www.linkedin.com/in/" + handle);
        body.put("status", PROSPECT_STATUSES.get(random.nextInt(PROSPECT_STATUSES.size())));
        body.put("tags", tags);
        return body;
    }

    /** A valid campaign request body without prospects, as a map. */
    public synchronized Map<String, Object> campaign() {
        var body = new LinkedHashMap<String, Object>();
        String product = faker.commerce().productName();
        body.put("name", "Load test: " + product);
        body.put("subject", "A better way to buy " + product.toLowerCase(Locale.ROOT));
        body.put("body", faker.lorem().paragraph(2));
        body.put("tags", tags);
        return body;
    }

    /** The LinkedIn profile of a made-up person, as the scraping scenario sends it to the webhook. */
    public synchronized String linkedinUrl() {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        return "https://www.linkedin.com/in/" + slug(first) + "-" + slug(last) + "-"
                + Integer.toHexString(0x100000 + random.nextInt(0xefffff));
    }

    /** The scraper webhook's body: the profile, the run's tags and {@code scrapeTag}, which finds its prospect. */
    public Map<String, Object> scrape(String linkedinUrl, String scrapeTag) {
        var allTags = new ArrayList<>(tags);
        allTags.add(scrapeTag);
        var body = new LinkedHashMap<String, Object>();
        body.put("linkedinUrl", linkedinUrl);
        body.put("tags", allTags);
        return body;
    }

    public synchronized String statusFilter() {
        return PROSPECT_STATUSES.get(random.nextInt(PROSPECT_STATUSES.size()));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
