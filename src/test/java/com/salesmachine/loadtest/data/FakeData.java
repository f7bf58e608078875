package com.salesmachine.loadtest.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.datafaker.Faker;

/**
 * Prospect and campaign payloads, reproducible with the {@code seed} setting and tagged with the run
 * id. Datafaker fills pools of names, companies, titles, products and paragraphs once, when the run
 * starts; each draw then combines pool entries with a seeded random source and a sequence number, so
 * a pass costs a few string joins (no Datafaker, no JSON writer) and no two prospects of a run share
 * an email. Thread-safe: virtual users draw from one shared sequence. The shards of one run each
 * draw with a sequence prefix of their own ({@code s1-}), so no two of them share an email either.
 */
public final class FakeData {
    public static final List<String> PROSPECT_STATUSES =
            List.of("new", "contacted", "replied", "qualified", "disqualified");

    /** Entries per pool: enough variety in names and bodies, drawn in well under a second. */
    static final int NAMES = 512;

    static final int COMPANIES = 128;
    static final int TEXTS = 64;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pool firstNames;
    private final Pool lastNames;
    private final Pool companies;
    private final Pool titles;
    private final Pool campaignNames;
    private final Pool campaignSubjects;
    private final Pool paragraphs;
    private final List<String> tags;
    private final String tagsJson;
    private final SplittableRandom random;
    private final String sequencePrefix;
    private long drawn;

    public FakeData(long seed, String runId) {
        this(seed, runId, "");
    }

    /** Data whose emails carry {@code sequencePrefix} before their sequence number ({@code s1-}: shard 1's). */
    public FakeData(long seed, String runId, String sequencePrefix) {
        this.sequencePrefix = sequencePrefix;
        var faker = new Faker(Locale.US, new Random(seed));
        this.firstNames = new Pool(NAMES, () -> faker.name().firstName());
        this.lastNames = new Pool(NAMES, () -> faker.name().lastName());
        this.companies = new Pool(COMPANIES, () -> faker.company().name());
        this.titles = new Pool(COMPANIES, () -> faker.job().title());
        Pool products = new Pool(TEXTS, () -> faker.commerce().productName());
        this.campaignNames = products.map(product -> "Load test: " + product);
        this.campaignSubjects = products.map(product -> "A better way to buy " + product.toLowerCase(Locale.ROOT));
        this.paragraphs = new Pool(TEXTS, () -> faker.lorem().paragraph(2));
        this.tags = List.of(RunId.SUITE_TAG, RunId.tag(runId));
        this.tagsJson = json(tags);
        this.random = new SplittableRandom(seed);
    }

    /** A valid prospect request body, as a map. */
    public synchronized Map<String, Object> prospect() {
        return draw().fields();
    }

    /** A valid prospect request body, as JSON (the same fields as {@link #prospect()}). */
    public synchronized String prospectJson() {
        return draw().json();
    }

    /** A valid campaign request body without prospects, as a map. */
    public synchronized Map<String, Object> campaign() {
        return drawCampaign().fields();
    }

    /** A valid campaign request body without prospects, as JSON (see {@link #withProspect}). */
    public synchronized String campaignJson() {
        return drawCampaign().json();
    }

    /** {@code campaignJson} with {@code prospectIds} holding the one id given. */
    public static String withProspect(String campaignJson, String prospectId) {
        String id = new String(JsonStringEncoder.getInstance().quoteAsString(prospectId));
        return campaignJson.substring(0, campaignJson.lastIndexOf('}')) + ",\"prospectIds\":[\"" + id + "\"]}";
    }

    /** The LinkedIn profile of a made-up person, as the scraping scenario sends it to the webhook. */
    public synchronized String linkedinUrl() {
        return "https://www.linkedin.com/in/" + firstNames.slug(random.nextInt(NAMES)) + "-"
                + lastNames.slug(random.nextInt(NAMES)) + "-" + handle();
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

    private Prospect draw() {
        int first = random.nextInt(NAMES);
        int last = random.nextInt(NAMES);
        int company = random.nextInt(COMPANIES);
        String local = firstNames.slug(first) + "." + lastNames.slug(last) + "." + sequencePrefix + ++drawn;
        String email = local + "@" + companies.slug(company) + ".example.com";
        String linkedinUrl =
                "https://www.linkedin.com/in/" + firstNames.slug(first) + "-" + lastNames.slug(last) + "-" + handle();
        return new Prospect(
                first,
                last,
                company,
                random.nextInt(COMPANIES),
                email,
                linkedinUrl,
                PROSPECT_STATUSES.get(random.nextInt(PROSPECT_STATUSES.size())));
    }

    private Campaign drawCampaign() {
        return new Campaign(random.nextInt(campaignNames.size()), random.nextInt(paragraphs.size()));
    }

    private String handle() {
        return Integer.toHexString(0x100000 + random.nextInt(0xefffff));
    }

    /** One drawn prospect: indices into the pools, and the fields made for it (all ASCII, JSON-safe). */
    private final class Prospect {
        private final int first;
        private final int last;
        private final int company;
        private final int title;
        private final String email;
        private final String linkedinUrl;
        private final String status;

        Prospect(int first, int last, int company, int title, String email, String linkedinUrl, String status) {
            this.first = first;
            this.last = last;
            this.company = company;
            this.title = title;
            this.email = email;
            this.linkedinUrl = linkedinUrl;
            this.status = status;
        }

        Map<String, Object> fields() {
            var body = new LinkedHashMap<String, Object>();
            body.put("firstName", firstNames.text(first));
            body.put("lastName", lastNames.text(last));
            body.put("email", email);
            body.put("company", companies.text(company));
            body.put("title", titles.text(title));
            body.put("linkedinUrl", linkedinUrl);
            body.put("status", status);
            body.put("tags", tags);
            return body;
        }

        String json() {
            return "{\"firstName\":" + firstNames.quoted(first) + ",\"lastName\":" + lastNames.quoted(last)
                    + ",\"email\":\"" + email + "\",\"company\":" + companies.quoted(company) + ",\"title\":"
                    + titles.quoted(title) + ",\"linkedinUrl\":\"" + linkedinUrl + "\",\"status\":\"" + status
                    + "\",\"tags\":" + tagsJson + "}";
        }
    }

    /** One drawn campaign: a product (its name and subject) and a paragraph (its body). */
    private final class Campaign {
        private final int product;
        private final int paragraph;

        Campaign(int product, int paragraph) {
            this.product = product;
            this.paragraph = paragraph;
        }

        Map<String, Object> fields() {
            var body = new LinkedHashMap<String, Object>();
            body.put("name", campaignNames.text(product));
            body.put("subject", campaignSubjects.text(product));
            body.put("body", paragraphs.text(paragraph));
            body.put("tags", tags);
            return body;
        }

        String json() {
            return "{\"name\":" + campaignNames.quoted(product) + ",\"subject\":" + campaignSubjects.quoted(product)
                    + ",\"body\":" + paragraphs.quoted(paragraph) + ",\"tags\":" + tagsJson + "}";
        }
    }

    /** Texts drawn once, each kept as itself, as a quoted JSON string and as a lower-case ASCII slug. */
    private static final class Pool {
        private final String[] texts;
        private final String[] quoted;
        private final String[] slugs;

        Pool(int size, Supplier<String> draw) {
            texts = new String[size];
            quoted = new String[size];
            slugs = new String[size];
            for (int i = 0; i < size; i++) {
                texts[i] = draw.get();
                quoted[i] = json(texts[i]);
                slugs[i] = slugOf(texts[i]);
            }
        }

        int size() {
            return texts.length;
        }

        String text(int i) {
            return texts[i];
        }

        String quoted(int i) {
            return quoted[i];
        }

        String slug(int i) {
            return slugs[i];
        }

        /** A pool of the same size whose entry {@code i} is {@code change} of this pool's. */
        Pool map(UnaryOperator<String> change) {
            return new Pool(texts.length, new Supplier<>() {
                private int next;

                @Override
                public String get() {
                    return change.apply(texts[next++]);
                }
            });
        }
    }

    private static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
