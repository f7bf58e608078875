package com.salesmachine.loadtest.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling 3.15 {@code index.html}, read back so tests can hold
 * {@code summary.json} to what the HTML report shows. Rows are keyed by path ({@code Group / Request},
 * {@code Global} for the whole run); cells by column title.
 */
final class HtmlReportTable {
    static final List<String> COLUMNS = List.of(
            "Total", "OK", "KO", "% KO", "Cnt/s", "Min", "50th", "75th", "95th", "99th", "Max", "Mean", "Std Dev");

    private static final Pattern ROW =
            Pattern.compile("<tr id=\"([^\"]+)\" data-parent=\"([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final Pattern HEAD =
            Pattern.compile("id=\"container_statistics_head\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL);

    private HtmlReportTable() {}

    static Map<String, Map<String, String>> read(Path indexHtml) throws IOException {
        String html = Files.readString(indexHtml);
        var rows = new LinkedHashMap<String, Map<String, String>>();
        Matcher head = HEAD.matcher(html);
        if (head.find()) {
            rows.put("Global", cells(head.group(1)));
        }
        var names = new HashMap<String, String>();
        var parents = new HashMap<String, String>();
        var order = new ArrayList<String>();
        var cellsById = new HashMap<String, Map<String, String>>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(3));
            if (!name.find()) {
                continue;
            }
            names.put(row.group(1), unescape(name.group(1)));
            parents.put(row.group(1), row.group(2));
            cellsById.put(row.group(1), cells(row.group(3)));
            order.add(row.group(1));
        }
        for (String id : order) {
            var parts = new ArrayList<String>();
            for (String at = id; names.containsKey(at); at = parents.get(at)) {
                parts.add(0, names.get(at));
            }
            rows.put(String.join(" / ", parts), cellsById.get(id));
        }
        return rows;
    }

    private static Map<String, String> cells(String rowHtml) {
        var cells = new LinkedHashMap<String, String>();
        Matcher cell = CELL.matcher(rowHtml);
        while (cell.find()) {
            int column = Integer.parseInt(cell.group(1));
            if (column >= 2 && column - 2 < COLUMNS.size()) {
                cells.put(COLUMNS.get(column - 2), cell.group(2).trim());
            }
        }
        return cells;
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
