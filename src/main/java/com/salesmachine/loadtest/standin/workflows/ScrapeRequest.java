package com.salesmachine.loadtest.standin.workflows;

import com.salesmachine.loadtest.standin.prospects.NewProspect;
import com.salesmachine.loadtest.standin.validation.BodyFields;
import java.util.List;
import java.util.Map;

/** The webhook's body: the LinkedIn profile to scrape and the tags the created prospect carries. */
public record ScrapeRequest(String linkedinUrl, List<String> tags) {

    /** Validates a webhook body; throws one {@code ValidationException} listing every bad field. */
    public static ScrapeRequest from(Map<String, ?> body) {
        var fields = new BodyFields(body);
        String url = fields.requiredText("linkedinUrl");
        if (url != null && !NewProspect.LINKEDIN.matcher(url).matches()) {
            fields.fail("linkedinUrl", "must be an https://www.linkedin.com/in/... or https://linkedin.com/in/... URL");
        }
        List<String> tags = fields.tags();
        fields.check();
        return new ScrapeRequest(url, tags);
    }
}
