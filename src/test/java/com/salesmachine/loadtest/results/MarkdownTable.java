package com.salesmachine.loadtest.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table; cells are escaped so a {@code |} or a line break in a
 * request name or error message cannot break the table.
 */
final class MarkdownTable {
    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns whose title starts with {@code >} are right-aligned (numbers); the marker is not printed. */
    MarkdownTable(String... columns) {
        this.header = new ArrayList<>();
        this.numeric = new ArrayList<>();
        for (String column : columns) {
            boolean right = column.startsWith(">");
            header.add(right ? column.substring(1) : column);
            numeric.add(right);
        }
    }

    MarkdownTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(escape(String.valueOf(cell)));
        }
        rows.add(row);
        return this;
    }

    /** The table, ending with a newline. */
    String render() {
        var out = new StringBuilder();
        line(out, header.stream().map(MarkdownTable::escape).toList());
        line(out, numeric.stream().map(right -> right ? "---:" : "---").toList());
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** Escapes text for a table cell: what {@link #inline} escapes, and pipes (with a backslash before them). */
    static String escape(String text) {
        return inline(text).replace("\\|", "\\\\|").replace("|", "\\|").trim();
    }

    /**
     * Escapes text for a line of Markdown: a {@code <} that could open an HTML tag (GitHub would hide
     * it) and line breaks, which would end the line.
     */
    static String inline(String text) {
        return text.replaceAll("<(?=[A-Za-z/!?])", "\\\\<").replaceAll("\\R", " ");
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
