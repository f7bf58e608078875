package com.salesmachine.loadtest.standin.prospects;

import com.salesmachine.loadtest.standin.validation.BodyFields;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A prospect request that passed the contract's rules, defaults filled in. */
public record NewProspect(
        String firstName,
        String lastName,
        String email,
        String company,
        String title,
        String linkedinUrl,
        ProspectStatus status,
        String source,
        List<String> tags) {

    public static final String DEFAULT_SOURCE = "manual";

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    public static final Pattern LINKEDIN = Pattern.compile("https://(www\\.)?linkedin\\.com/in/[^/?#\\s]+/?");

    /** Validates a request body; throws one {@code ValidationException} listing every bad field. */
    public static NewProspect from(Map<String, ?> body) {
        var fields = new BodyFields(body);
        String firstName = fields.requiredText("firstName");
        String lastName = fields.requiredText("lastName");
        String email = fields.requiredText("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            fields.fail("email", "must be a valid email address");
        }
        String company = fields.requiredText("company");
        String title = fields.optionalText("title");
        String linkedinUrl = fields.optionalMatching(
                "linkedinUrl", LINKEDIN, "an https://www.linkedin.com/in/... or https://linkedin.com/in/... URL");
        String statusText = fields.optionalText("status");
        ProspectStatus status = statusText == null
                ? ProspectStatus.NEW
                : ProspectStatus.fromWire(statusText)
                        .orElseGet(() -> fields.fail("status", "must be one of " + ProspectStatus.names()));
        String source = fields.optionalText("source");
        List<String> tags = fields.tags();
        fields.check();
        return new NewProspect(
                firstName,
                lastName,
                email,
                company,
                title,
                linkedinUrl,
                status,
                source == null || source.isBlank() ? DEFAULT_SOURCE : source,
                tags);
    }
}
