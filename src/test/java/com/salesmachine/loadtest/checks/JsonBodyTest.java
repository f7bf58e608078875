package com.salesmachine.loadtest.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
    private static final Function<String, String> NO_SESSION = key -> null;

    private static Map<String, JsonBody.Value> verify(JsonBody body, String json, Function<String, String> session) {
        return body.verify(json.getBytes(StandardCharsets.UTF_8), session, body.expectations());
    }

    private static String failure(JsonBody body, String json) {
        return assertThrows(JsonBody.Mismatch.class, () -> verify(body, json, key -> "p-1"))
                .getMessage();
    }

    @Test
    void aListingPage_passes_whenItsItemsAreAnArrayAndItsFiguresHold() {
        var body = JsonBody.expect().array("items").wholeNumber("page", 1).wholeNumberAtLeast("total", 0);
        verify(body, "{\"items\":[{\"id\":\"a\",\"tags\":[\"x\"]},{\"id\":\"b\"}],\"page\":1,\"total\":2}", NO_SESSION);
    }

    @Test
    void aFieldThatBreaksItsExpectation_failsWithGatlingsWordsForThePath() {
        var body = JsonBody.expect().array("items").wholeNumber("page", 1);
        assertEquals("jsonPath($.page).ofLong.is(1), but actually found 2", failure(body, "{\"items\":[],\"page\":2}"));
        assertEquals("jsonPath($.items).isArray, but actually found nothing", failure(body, "{\"page\":1}"));
        assertEquals(
                "jsonPath($.items).isArray, but actually found an object", failure(body, "{\"items\":{},\"page\":1}"));
        assertEquals(
                "jsonPath($.page).ofLong.is(1), but actually found \"1\"",
                failure(body, "{\"items\":[],\"page\":\"1\"}"));
    }

    @Test
    void nestedFieldsAndArrayElements_areReadByTheirPaths() {
        var body = JsonBody.expect()
                .wholeNumberAtLeast("prospects.total", 0)
                .text("items[0].source", "linkedin")
                .textFromSession("items[0].linkedinUrl", "url");
        String json = "{\"prospects\":{\"total\":3,\"byStatus\":{\"new\":3}},"
                + "\"items\":[{\"source\":\"linkedin\",\"linkedinUrl\":\"https://x\"},{\"source\":\"manual\"}]}";
        verify(body, json, key -> key.equals("url") ? "https://x" : null);
        assertEquals(
                "jsonPath($.items[0].linkedinUrl).is(#{url}), but actually found \"https://x\"",
                assertThrows(JsonBody.Mismatch.class, () -> verify(body, json, key -> "https://y"))
                        .getMessage());
        assertEquals(
                "jsonPath($.prospects.total).ofLong.gte(0), but actually found -1",
                failure(JsonBody.expect().wholeNumberAtLeast("prospects.total", 0), "{\"prospects\":{\"total\":-1}}"));
    }

    @Test
    void keysAreMatchedAsTheyDecode_andALaterElementIsReachedPastTheOnesBefore() {
        var body = JsonBody.expect().text("items[2].source", "linkedin").wholeNumber("page", 1);
        verify(
                body,
                "{\"pa\\u0067e\":1,\"items\":[{\"source\":\"x\"},[1,{\"a\":\"]\"}],{\"source\":\"linkedin\"}]}",
                NO_SESSION);
        assertEquals(
                "jsonPath($.items[2].source).is(linkedin), but actually found nothing",
                failure(body, "{\"page\":1,\"items\":[{\"source\":\"linkedin\"}]}"));
        assertEquals(
                "jsonPath($.page).ofLong.is(1), but actually found nothing",
                failure(JsonBody.expect().wholeNumber("page", 1), "{\"pagez\":1,\"pag\":1}"));
    }

    @Test
    void ids_ofAnyFormat_areTextAndCompareAsText() {
        var body = JsonBody.expect().textFromSession("id", "prospectId");
        verify(body, "{\"id\":123}", key -> "123");
        verify(body, "{\"id\":\"6f1c-aa\"}", key -> "6f1c-aa");
        Map<String, JsonBody.Value> found = verify(JsonBody.expect().present("id"), "{\"id\":42}", NO_SESSION);
        assertEquals("42", found.get("id").scalarText());
        assertEquals(
                "jsonPath($.id).exists, but actually found null",
                failure(JsonBody.expect().present("id"), "{\"id\":null}"));
    }

    @Test
    void partsNoExpectationNames_areSkippedUnread() {
        var body = JsonBody.expect().present("email");
        Map<String, JsonBody.Value> found =
                verify(body, "{\"tags\":[{\"deep\":[1,2,{\"email\":\"no\"}]}],\"email\":\"a@b.c\"}", NO_SESSION);
        assertEquals(Map.of("email", new JsonBody.Value(JsonBody.Kind.STRING, "a@b.c")), found);
        assertFalse(found.containsKey("tags"));
    }

    @Test
    void aBodyThatIsNotAJsonObject_failsInOneLine() {
        var body = JsonBody.expect().present("id");
        assertEquals("the body is not JSON", failure(body, "<html>Bad gateway</html>"));
        assertEquals("the body is not a JSON object", failure(body, "[1,2]"));
        assertEquals("the body is not JSON", failure(body, "{\"id\":"));
        assertEquals("the body is not a JSON object", failure(body, ""));
    }

    @Test
    void stringsWithEscapesBracketsAndQuotes_areReadOrSkippedWhole() {
        var body =
                JsonBody.expect().text("name", "a \"quoted\" \\ name/\u00e9\n").wholeNumber("n", 2);
        String json = "{\"skip\":[\"]}\\\"{\",{\"x\":\"[\"}],\"name\":\"a \\\"quoted\\\" \\\\ name\\/\\u00e9\\n\","
                + " \"n\" : 2 }";
        verify(body, json, NO_SESSION);
    }

    @Test
    void utf8Text_isDecoded() {
        var body = JsonBody.expect().text("company", "Müller & Søn");
        verify(body, "{\"company\":\"Müller & Søn\"}", NO_SESSION);
    }

    @Test
    void numbersBooleansAndNull_haveTheirKinds() {
        Map<String, JsonBody.Value> found = verify(
                JsonBody.expect().present("a").present("b").present("c").present("d"),
                "{\"a\":-12,\"b\":1.5e3,\"c\":true,\"d\":false,\"e\":null}",
                NO_SESSION);
        assertEquals(new JsonBody.Value(JsonBody.Kind.WHOLE_NUMBER, "-12"), found.get("a"));
        assertEquals(new JsonBody.Value(JsonBody.Kind.NUMBER, "1.5e3"), found.get("b"));
        assertEquals(new JsonBody.Value(JsonBody.Kind.BOOLEAN, "true"), found.get("c"));
        assertEquals(
                "jsonPath($.e).exists, but actually found null",
                failure(JsonBody.expect().present("e"), "{\"e\":null}"));
    }

    @Test
    void brokenJson_anywhere_isNotJson() {
        var body = JsonBody.expect().present("id");
        assertEquals("the body is not JSON", failure(body, "{\"items\":[{\"a\":1}, \"id\":1}"));
        assertEquals("the body is not JSON", failure(body, "{\"items\":[\"unclosed], \"id\":1}"));
        assertEquals("the body is not JSON", failure(body, "{\"id\":tru}"));
        assertEquals("the body is not JSON", failure(body, "{\"id\":1 \"x\":2}"));
        assertEquals("the body has more after its JSON object", failure(body, "{\"id\":1} {}"));
    }
}
