package com.salesmachine.loadtest.standin.enrichment;

import com.salesmachine.loadtest.standin.prospects.Prospect;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What the stand-in's AI "finds" about a prospect: company size and industry fixed by the company's
 * name (the same company always looks the same), seniority read from the title, a drawn location,
 * and a one-sentence summary that names the prospect.
 */
final class FakeEnrichment {
    static final String MODEL = "stand-in-claude";
    static final List<String> COMPANY_SIZES = List.of("1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000");
    static final List<String> INDUSTRIES =
            List.of("Software", "Financial services", "Healthcare", "Manufacturing", "Retail", "Logistics");
    static final List<String> LOCATIONS =
            List.of("New York, NY", "Austin, TX", "Chicago, IL", "Denver, CO", "Seattle, WA", "Boston, MA");

    private FakeEnrichment() {}

    static EnrichmentData of(Prospect prospect, RandomGenerator random) {
        int company = Math.floorMod(prospect.company().toLowerCase(Locale.ROOT).hashCode(), 1 << 16);
        String size = COMPANY_SIZES.get(company % COMPANY_SIZES.size());
        String industry = INDUSTRIES.get((company / COMPANY_SIZES.size()) % INDUSTRIES.size());
        String seniority = seniority(prospect.title());
        String location;
        synchronized (random) {
            location = LOCATIONS.get(random.nextInt(LOCATIONS.size()));
        }
        String role = prospect.title() == null ? "works" : "is " + prospect.title();
        String summary = prospect.firstName() + " " + prospect.lastName() + " " + role + " at " + prospect.company()
                + ", a " + size + " employee " + industry.toLowerCase(Locale.ROOT) + " company.";
        return new EnrichmentData(size, industry, seniority, location, summary, MODEL);
    }

    /** The seniority a title suggests: c-level, vp, director, manager or individual contributor. */
    static String seniority(String title) {
        String t = title == null ? "" : " " + title.toLowerCase(Locale.ROOT) + " ";
        if (t.matches(".*\\b(vp|vice president)\\b.*")) {
            return "vp";
        }
        if (t.matches(".*\\b(chief|ceo|cto|cfo|coo|cmo|founder|president)\\b.*")) {
            return "c-level";
        }
        if (t.matches(".*\\b(director|head)\\b.*")) {
            return "director";
        }
        if (t.matches(".*\\b(manager|lead|supervisor)\\b.*")) {
            return "manager";
        }
        return "individual contributor";
    }
}
