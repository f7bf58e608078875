package com.salesmachine.loadtest.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void render_escapesPipesAndLineBreaks_andRightAlignsNumberColumns() {
        String table = new MarkdownTable("Name", ">Count")
                .row("a | b", 3)
                .row("two\nlines", 4)
                .render();
        assertEquals("| Name | Count |\n| --- | ---: |\n| a \\| b | 3 |\n| two lines | 4 |\n", table);
    }

    @Test
    void escape_keepsAnEscapedPipeEscaped_andHidesNoTextAsHtml() {
        assertEquals("a\\\\\\|b", MarkdownTable.escape("a\\|b"));
        assertEquals("\\<div> and a < 5 and \\</b>", MarkdownTable.escape("<div> and a < 5 and </b>"));
    }

    @Test
    void row_refusesTheWrongNumberOfCells() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("A", "B").row("only one"));
    }
}
