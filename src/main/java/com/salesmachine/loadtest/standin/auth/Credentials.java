package com.salesmachine.loadtest.standin.auth;

import com.salesmachine.loadtest.standin.validation.BodyFields;
import java.util.Map;

/** A login request that has both fields; says nothing yet about whether they are right. */
public record Credentials(String email, String password) {
    public static Credentials from(Map<String, ?> body) {
        var fields = new BodyFields(body);
        String email = fields.requiredText("email");
        Object password = body.get("password");
        if (password == null || (password instanceof String s && s.isEmpty())) {
            fields.fail("password", "is required");
        } else if (!(password instanceof String)) {
            fields.fail("password", "must be a string");
        }
        fields.check();
        return new Credentials(email, (String) password);
    }

    @Override
    public String toString() {
        return "Credentials[email=" + email + ", password=***]";
    }
}
