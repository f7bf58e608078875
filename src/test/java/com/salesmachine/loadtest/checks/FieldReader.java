package com.salesmachine.loadtest.checks;

import com.salesmachine.loadtest.checks.JsonBody.Kind;
import com.salesmachine.loadtest.checks.JsonBody.Mismatch;
import com.salesmachine.loadtest.checks.JsonBody.Value;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a JSON body that keeps only the fields named by {@code wanted} paths: a container no
 * path goes into is stepped over by counting its brackets (strings and their escapes respected),
 * without reading its keys or values. The body must be one JSON object; what is read must be JSON,
 * and a skipped part must at least be closed, else the body is "not JSON". Not thread-safe: one per
 * body.
 */
final class FieldReader {
    private final byte[] json;
    private final Set<String> wanted;
    private final Set<String> containers;
    private final Map<String, Value> found = new HashMap<>();
    private int at;

    private FieldReader(byte[] json, Set<String> wanted, Set<String> containers) {
        this.json = json;
        this.wanted = wanted;
        this.containers = containers;
    }

    /** The wanted fields of {@code json}; {@code containers} are the paths a wanted path goes through. */
    static Map<String, Value> read(byte[] json, Set<String> wanted, Set<String> containers) {
        var reader = new FieldReader(json, wanted, containers);
        reader.space();
        if (reader.at >= json.length || json[reader.at] != '{') {
            throw new Mismatch(reader.at >= json.length ? "the body is not a JSON object" : notObject(json[reader.at]));
        }
        reader.object("");
        reader.space();
        if (reader.at != json.length) {
            throw new Mismatch("the body has more after its JSON object");
        }
        return reader.found;
    }

    private static String notObject(byte first) {
        return first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')
                ? "the body is not a JSON object"
                : "the body is not JSON";
    }

    private void object(String prefix) {
        at++;
        space();
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw notJson();
            }
            String name = string();
            space();
            expect(':');
            space();
            value(prefix.isEmpty() ? name : prefix + "." + name);
            space();
            byte next = take();
            if (next == '}') {
                return;
            }
            if (next != ',') {
                throw notJson();
            }
        }
    }

    private void array(String prefix) {
        at++;
        space();
        if (peek() == ']') {
            at++;
            return;
        }
        int index = 0;
        while (true) {
            space();
            value(prefix + "[" + index++ + "]");
            space();
            byte next = take();
            if (next == ']') {
                return;
            }
            if (next != ',') {
                throw notJson();
            }
        }
    }

    private void value(String path) {
        boolean named = wanted.contains(path);
        byte first = peek();
        switch (first) {
            case '{', '[' -> {
                if (named) {
                    found.put(path, new Value(first == '{' ? Kind.OBJECT : Kind.ARRAY, null));
                }
                if (!containers.contains(path)) {
                    skipContainer();
                } else if (first == '{') {
                    object(path);
                } else {
                    array(path);
                }
            }
            case '"' -> {
                if (named) {
                    found.put(path, new Value(Kind.STRING, string()));
                } else {
                    skipString();
                }
            }
            case 't' -> literal("true", path, named, Kind.BOOLEAN);
            case 'f' -> literal("false", path, named, Kind.BOOLEAN);
            case 'n' -> literal("null", path, named, Kind.NULL);
            default -> number(path, named);
        }
    }

    private void literal(String word, String path, boolean named, Kind kind) {
        for (int i = 0; i < word.length(); i++) {
            if (at >= json.length || json[at++] != word.charAt(i)) {
                throw notJson();
            }
        }
        if (named) {
            found.put(path, new Value(kind, kind == Kind.NULL ? null : word));
        }
    }

    private void number(String path, boolean named) {
        int start = at;
        boolean whole = true;
        if (at < json.length && json[at] == '-') {
            at++;
        }
        int digits = at;
        while (at < json.length) {
            byte c = json[at];
            if (c >= '0' && c <= '9') {
                at++;
            } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
                whole = false;
                at++;
            } else {
                break;
            }
        }
        if (at == digits || json[digits] < '0' || json[digits] > '9') {
            throw notJson();
        }
        if (named) {
            String text = new String(json, start, at - start, StandardCharsets.US_ASCII);
            found.put(path, new Value(whole ? Kind.WHOLE_NUMBER : Kind.NUMBER, text));
        }
    }

    /** Steps over the object or array at {@code at}, counting brackets outside strings. */
    private void skipContainer() {
        int depth = 0;
        while (at < json.length) {
            byte c = json[at];
            if (c == '"') {
                skipString();
                continue;
            }
            at++;
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return;
                }
            }
        }
        throw notJson();
    }

    private void skipString() {
        at++;
        while (at < json.length) {
            byte c = json[at++];
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                at++;
            }
        }
        throw notJson();
    }

    /** The string at {@code at}, its escapes decoded. */
    private String string() {
        int start = ++at;
        while (at < json.length) {
            byte c = json[at];
            if (c == '"') {
                return new String(json, start, at++ - start, StandardCharsets.UTF_8);
            }
            if (c == '\\') {
                at = start;
                return escapedString();
            }
            at++;
        }
        throw notJson();
    }

    private String escapedString() {
        var out = new java.io.ByteArrayOutputStream();
        var text = new StringBuilder();
        while (at < json.length) {
            byte c = json[at++];
            if (c == '"') {
                text.append(out.toString(StandardCharsets.UTF_8));
                return text.toString();
            }
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (at >= json.length) {
                break;
            }
            byte e = json[at++];
            char decoded = switch (e) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw notJson();
            };
            text.append(out.toString(StandardCharsets.UTF_8)).append(decoded);
            out.reset();
        }
        throw notJson();
    }

    private char unicode() {
        if (at + 4 > json.length) {
            throw notJson();
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(json[at++], 16);
            if (digit < 0) {
                throw notJson();
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private void space() {
        while (at < json.length) {
            byte c = json[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private byte peek() {
        if (at >= json.length) {
            throw notJson();
        }
        return json[at];
    }

    private byte take() {
        byte c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        if (take() != c) {
            throw notJson();
        }
    }

    private static Mismatch notJson() {
        return new Mismatch("the body is not JSON");
    }
}
