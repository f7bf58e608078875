package com.salesmachine.loadtest.standin.campaigns;

import com.salesmachine.loadtest.standin.validation.BodyFields;
import java.util.List;
import java.util.Map;

/**
 * A campaign request that passed the rules checkable without the database; whether its
 * prospects are the caller's own is checked when it is stored.
 */
public record NewCampaign(String name, String subject, String body, List<String> prospectIds, List<String> tags) {
    /** Validates a request body; throws one {@code ValidationException} listing every bad field. */
    public static NewCampaign from(Map<String, ?> body) {
        var fields = new BodyFields(body);
        String name = fields.requiredText("name");
        String subject = fields.requiredText("subject");
        String text = fields.optionalLongText("body");
        List<String> prospectIds = fields.stringList("prospectIds", "must be an array of prospect ids");
        List<String> tags = fields.tags();
        fields.check();
        return new NewCampaign(name, subject, text, prospectIds, tags);
    }
}
