package com.salesmachine.loadtest.checks;

import com.salesmachine.loadtest.checks.JsonBody.Kind;
import com.salesmachine.loadtest.checks.JsonBody.Mismatch;
import com.salesmachine.loadtest.checks.JsonBody.Value;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One pass over a JSON body that keeps only the fields named by wanted paths ({@link Paths}): an
 * object's keys are matched as bytes against the names the paths go through, and a value no path
 * names or goes into is stepped over (a container by counting its brackets, strings and their
 * escapes respected) without a string made of it. The body must be one JSON object; what is read
 * must be JSON, and a skipped part must at least be closed, else the body is "not JSON". Not
 * thread-safe: one per body.
 */
final class FieldReader {
    private final byte[] json;
    private final Map<String, Value> found = new HashMap<>();
    private int at;

    private FieldReader(byte[] json) {
        this.json = json;
    }

    /** The fields of {@code json} that {@code paths} want. */
    static Map<String, Value> read(byte[] json, Paths paths) {
        var reader = new FieldReader(json);
        reader.space();
        if (reader.at >= json.length || json[reader.at] != '{') {
            throw new Mismatch(reader.at >= json.length ? "the body is not a JSON object" : notObject(json[reader.at]));
        }
        reader.object(paths.root);
        reader.space();
        if (reader.at != json.length) {
            throw new Mismatch("the body has more after its JSON object");
        }
        return reader.found;
    }

    /**
     * Wanted paths ({@code page}, {@code prospects.total}, {@code items[0].source}) as a tree: each
     * node a field or an element, with the fields and elements under it that a wanted path goes to.
     */
    static final class Paths {
        final Node root = new Node("");

        void add(String path) {
            Node node = root;
            int i = 0;
            while (i < path.length()) {
                if (path.charAt(i) == '[') {
                    int close = path.indexOf(']', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("a path's [ is not closed: " + path);
                    }
                    int index = Integer.parseInt(path.substring(i + 1, close));
                    node = node.element(index, path.substring(0, close + 1));
                    i = close + 1;
                    if (i < path.length() && path.charAt(i) == '.') {
                        i++;
                    }
                } else {
                    int end = i;
                    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                        end++;
                    }
                    node = node.field(path.substring(i, end), path.substring(0, end));
                    i = end < path.length() && path.charAt(end) == '.' ? end + 1 : end;
                }
            }
            node.wanted = true;
        }
    }

    /** A field or element: its path, whether it is wanted, and what is wanted under it. */
    static final class Node {
        final String path;
        boolean wanted;
        private byte[][] names = new byte[0][];
        private Node[] fields = new Node[0];
        private final Map<Integer, Node> elements = new HashMap<>();

        Node(String path) {
            this.path = path;
        }

        boolean hasChildren() {
            return fields.length > 0 || !elements.isEmpty();
        }

        Node field(String name, String childPath) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            Node known = field(bytes, 0, bytes.length);
            if (known != null) {
                return known;
            }
            names = Arrays.copyOf(names, names.length + 1);
            fields = Arrays.copyOf(fields, fields.length + 1);
            names[names.length - 1] = bytes;
            return fields[fields.length - 1] = new Node(childPath);
        }

        Node element(int index, String childPath) {
            return elements.computeIfAbsent(index, i -> new Node(childPath));
        }

        /** The field whose name is the bytes {@code [from, to)} of {@code json}, or null. */
        Node field(byte[] json, int from, int to) {
            for (int i = 0; i < names.length; i++) {
                if (Arrays.equals(names[i], 0, names[i].length, json, from, to)) {
                    return fields[i];
                }
            }
            return null;
        }

        /** The field named {@code name} (a key with escapes, decoded), or null. */
        Node field(String name) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            return field(bytes, 0, bytes.length);
        }

        Node element(int index) {
            return elements.isEmpty() ? null : elements.get(index);
        }
    }

    private static String notObject(byte first) {
        return first == '[' || first == '"' || first == '-' || (first >= '0' && first <= '9')
                ? "the body is not a JSON object"
                : "the body is not JSON";
    }

    private void object(Node node) {
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
            Node child = key(node);
            space();
            expect(':');
            space();
            value(child);
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

    /** Reads the key at {@code at} and returns the field of {@code node} it names, or null. */
    private Node key(Node node) {
        int from = at + 1;
        int end = from;
        while (end < json.length && json[end] != '"') {
            if (json[end] == '\\') {
                return node.field(string());
            }
            end++;
        }
        if (end >= json.length) {
            throw notJson();
        }
        at = end + 1;
        return node.field(json, from, end);
    }

    private void array(Node node) {
        at++;
        space();
        if (peek() == ']') {
            at++;
            return;
        }
        int index = 0;
        while (true) {
            space();
            value(node.element(index++));
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

    /** The value at {@code at}: kept when {@code node} is wanted, gone into when a path goes on, else stepped over. */
    private void value(Node node) {
        boolean named = node != null && node.wanted;
        byte first = peek();
        switch (first) {
            case '{', '[' -> {
                if (named) {
                    found.put(node.path, new Value(first == '{' ? Kind.OBJECT : Kind.ARRAY, null));
                }
                if (node == null || !node.hasChildren()) {
                    skipContainer();
                } else if (first == '{') {
                    object(node);
                } else {
                    array(node);
                }
            }
            case '"' -> {
                if (named) {
                    found.put(node.path, new Value(Kind.STRING, string()));
                } else {
                    skipString();
                }
            }
            case 't' -> literal("true", node, named, Kind.BOOLEAN);
            case 'f' -> literal("false", node, named, Kind.BOOLEAN);
            case 'n' -> literal("null", node, named, Kind.NULL);
            default -> number(node, named);
        }
    }

    private void literal(String word, Node node, boolean named, Kind kind) {
        for (int i = 0; i < word.length(); i++) {
            if (at >= json.length || json[at++] != word.charAt(i)) {
                throw notJson();
            }
        }
        if (named) {
            found.put(node.path, new Value(kind, kind == Kind.NULL ? null : word));
        }
    }

    private void number(Node node, boolean named) {
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
            found.put(node.path, new Value(whole ? Kind.WHOLE_NUMBER : Kind.NUMBER, text));
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
