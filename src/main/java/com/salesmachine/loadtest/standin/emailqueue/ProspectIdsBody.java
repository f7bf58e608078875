package com.salesmachine.loadtest.standin.emailqueue;

import com.salesmachine.loadtest.standin.validation.BodyFields;
import java.util.List;
import java.util.Map;

/** The body of {@code POST /campaigns/{id}/prospects}: {@code {"prospectIds": ["...", ...]}}. */
final class ProspectIdsBody {
    static final int MAX_IDS = 1000;

    private ProspectIdsBody() {}

    /** The ids, validated; one {@code ValidationException} when the field is missing, empty or too long. */
    static List<String> from(Map<String, ?> body) {
        var fields = new BodyFields(body);
        String problem = "must be an array of 1 to " + MAX_IDS + " prospect ids";
        List<String> ids = fields.stringList("prospectIds", problem);
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            fields.fail("prospectIds", problem);
        }
        fields.check();
        return ids;
    }
}
