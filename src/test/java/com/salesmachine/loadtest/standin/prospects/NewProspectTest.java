package com.salesmachine.loadtest.standin.prospects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesmachine.loadtest.standin.validation.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewProspectTest {
    static Map<String, Object> valid() {
        var body = new HashMap<String, Object>();
        body.put("firstName", "Ada");
        body.put("lastName", "Lovelace");
        body.put("email", "ada@analytical.example.com");
        body.put("company", "Analytical Engines");
        return body;
    }

    @Test
    void from_fillsTheDefaults_whenOnlyTheRequiredFieldsAreGiven() {
        NewProspect prospect = NewProspect.from(valid());

        assertEquals(ProspectStatus.NEW, prospect.status());
        assertEquals("manual", prospect.source());
        assertEquals(List.of(), prospect.tags());
        assertNull(prospect.title());
    }

    @Test
    void from_keepsEveryOptionalField() {
        var body = valid();
        body.put("title", "CTO");
        body.put("linkedinUrl", "https://linkedin.com/in/ada-lovelace-1a2b3c");
        body.put("status", "qualified");
        body.put("source", "import");
        body.put("tags", List.of("loadtest", "run:lt-1"));

        NewProspect prospect = NewProspect.from(body);

        assertEquals("CTO", prospect.title());
        assertEquals(ProspectStatus.QUALIFIED, prospect.status());
        assertEquals("import", prospect.source());
        assertEquals(List.of("loadtest", "run:lt-1"), prospect.tags());
    }

    @Test
    void from_reportsEveryBadField_atOnce() {
        var body = new HashMap<String, Object>();
        body.put("firstName", " ");
        body.put("lastName", "x".repeat(201));
        body.put("email", "not-an-email");
        body.put("company", 12);
        body.put("linkedinUrl", "https://example.com/in/ada");
        body.put("status", "won");
        body.put("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"));

        var e = assertThrows(ValidationException.class, () -> NewProspect.from(body));

        assertEquals(
                Map.of(
                        "firstName", "is required",
                        "lastName", "must be at most 200 characters",
                        "email", "must be a valid email address",
                        "company", "must be a string",
                        "linkedinUrl", "must be an https://www.linkedin.com/in/... or https://linkedin.com/in/... URL",
                        "status", "must be one of new, contacted, replied, qualified, disqualified",
                        "tags", "must hold at most 10 tags"),
                e.fieldErrors());
    }

    @Test
    void from_rejectsTagsThatAreTooLongOrNotStrings() {
        var body = valid();
        body.put("tags", List.of("x".repeat(65)));
        assertEquals(
                Map.of("tags", "each tag must be 1 to 64 characters"),
                assertThrows(ValidationException.class, () -> NewProspect.from(body))
                        .fieldErrors());

        body.put("tags", List.of(1, 2));
        assertEquals(
                Map.of("tags", "must be an array of at most 10 strings"),
                assertThrows(ValidationException.class, () -> NewProspect.from(body))
                        .fieldErrors());
    }
}
