package com.salesmachine.loadtest.checks;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The checks of a JSON answer's body as one Gatling check: the body is read once ({@link FieldReader})
 * into no tree, every part no expectation names stepped over unread, each named field is held to
 * its expectation, and one field's text may be kept in the session. Fields are named by simple paths:
 * {@code page}, {@code prospects.total}, {@code items[0].source}.
 *
 * <p>A body that breaks an expectation fails the request with one line naming the field and what was
 * wanted, in Gatling's words for a JSON path, after Gatling's name for the check:
 * {@code bodyBytes.find.transformOption.jsonBody, c.s.l.c.JsonBody$Mismatch: jsonPath($.page).ofLong.is(1),
 * but actually found 2}. Expectations are added while the simulation is built, never after its check.
 */
public final class JsonBody {
    private static final String VALIDATOR = "jsonBody";

    private final List<Expectation> expectations = new ArrayList<>();
    private final FieldReader.Paths paths = new FieldReader.Paths();

    private JsonBody() {}

    /** A check with no expectation yet: add them, then end with {@link #check()} or {@link #saveText}. */
    public static JsonBody expect() {
        return new JsonBody();
    }

    /** The field is there and is an array. */
    public JsonBody array(String path) {
        return add(path, "isArray", (value, session) -> value.kind == Kind.ARRAY);
    }

    /** The field is there and is not null. */
    public JsonBody present(String path) {
        return add(path, "exists", (value, session) -> value.kind != Kind.NULL);
    }

    /** The field is the text {@code expected} (a number or a boolean compares as its text). */
    public JsonBody text(String path, String expected) {
        return add(path, "is(" + expected + ")", (value, session) -> isText(value, expected));
    }

    /** The field is the text the session holds under {@code sessionKey}. */
    public JsonBody textFromSession(String path, String sessionKey) {
        return add(path, "is(#{" + sessionKey + "})", (value, session) -> {
            String expected = session.apply(sessionKey);
            return expected != null && isText(value, expected);
        });
    }

    /** The field is the whole number {@code expected}. */
    public JsonBody wholeNumber(String path, long expected) {
        return add(path, "ofLong.is(" + expected + ")", (value, session) -> {
            Long n = value.wholeNumber();
            return n != null && n == expected;
        });
    }

    /** The field is a whole number of at least {@code min}. */
    public JsonBody wholeNumberAtLeast(String path, long min) {
        return add(path, "ofLong.gte(" + min + ")", (value, session) -> {
            Long n = value.wholeNumber();
            return n != null && n >= min;
        });
    }

    /** The expectations added so far, in order. */
    Expectation[] expectations() {
        return expectations.toArray(Expectation[]::new);
    }

    /** The check of every expectation added. */
    public CheckBuilder.Final check() {
        Expectation[] all = expectations();
        return judged((bytes, session) -> {
            verify(bytes, session::getString, all);
            return bytes;
        });
    }

    /**
     * The check of every expectation added, which also keeps the text of {@code path} (a string or a
     * number: ids of any format) under {@code sessionKey}.
     */
    public CheckBuilder.Final saveText(String path, String sessionKey) {
        add(path, "ofString", (value, session) -> value.scalarText() != null);
        Expectation[] all = expectations();
        return judged((bytes, session) ->
                        verify(bytes, session::getString, all).get(path).scalarText())
                .saveAs(sessionKey);
    }

    /**
     * The body judged by {@code judge}, whose result is what a {@code saveAs} keeps; a {@link Mismatch}
     * it throws fails the request with its message (after Gatling's {@code bodyBytes.find.jsonBody}).
     */
    private static CheckBuilder.Final judged(BiFunction<byte[], Session, Object> judge) {
        return bodyBytes()
                .<Object>transform(bytes -> bytes)
                .validate(VALIDATOR, (bytes, session) -> judge.apply((byte[]) bytes, session));
    }

    /** The fields the expectations name, read from {@code body} (for tests and for {@link #check()}). */
    Map<String, Value> read(byte[] body) {
        return FieldReader.read(body, paths);
    }

    /** Reads {@code body} and holds it to {@code all}; {@code session} gives a session attribute's text. */
    Map<String, Value> verify(byte[] body, Function<String, String> session, Expectation[] all) {
        Map<String, Value> found = read(body);
        for (Expectation e : all) {
            Value value = found.get(e.path);
            if (value == null || !e.test.holds(value, session)) {
                String actual = value == null ? "nothing" : value.describe();
                throw new Mismatch("jsonPath($." + e.path + ")." + e.name + ", but actually found " + actual);
            }
        }
        return found;
    }

    private JsonBody add(String path, String name, Test test) {
        expectations.add(new Expectation(path, name, test));
        paths.add(path);
        return this;
    }

    /** As a JSON path's default string type: a number's or a boolean's text is its text too. */
    private static boolean isText(Value value, String expected) {
        String text = value.scalarText();
        return text != null && text.equals(expected);
    }

    enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        WHOLE_NUMBER,
        NUMBER,
        BOOLEAN,
        NULL
    }

    /** A field as read: its kind, and its text for a scalar. */
    record Value(Kind kind, String text) {
        Long wholeNumber() {
            if (kind != Kind.WHOLE_NUMBER) {
                return null;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The text of a string, a number or a boolean; null for an object, an array or null. */
        String scalarText() {
            return kind == Kind.OBJECT || kind == Kind.ARRAY || kind == Kind.NULL ? null : text;
        }

        String describe() {
            return switch (kind) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> text.length() > 60 ? '"' + text.substring(0, 60) + "...\"" : '"' + text + '"';
                case NULL -> "null";
                default -> text;
            };
        }
    }

    @FunctionalInterface
    interface Test {
        /** Whether {@code value} meets the expectation; {@code session} gives a session attribute's text. */
        boolean holds(Value value, Function<String, String> session);
    }

    record Expectation(String path, String name, Test test) {}

    /** A body that breaks an expectation: its message is the check's failure. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }
}
