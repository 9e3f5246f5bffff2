package io.atflow.lang.ide.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;

/** Hover Markdown as simple HTML. */
class HoverHtmlTest {

    @Test
    void inlineMarkupListsCodeBlocksAndEscaping() {
        assertEquals("<b>AT+QMTOPEN</b> — open <code>&lt;host&gt;</code><pre>AT+QMTOPEN=x\n</pre><ul><li>a <i>b</i></li></ul><p>end",
                HoverHtml.of("**AT+QMTOPEN** — open `<host>`\n```\nAT+QMTOPEN=x\n```\n- a _b_\n\nend"));
        assertEquals("one<br>two", HoverHtml.of("one\ntwo"));
        assertEquals("snake_case_name", HoverHtml.of("snake_case_name"));
    }

    @Test
    void catalogDocumentationConverts() {
        String html = HoverHtml.of(CommandDocs.command(AtCatalog.standard(), AtCatalog.standard().command("AT+QMTOPEN")
                .orElseThrow()));
        assertTrue(html.startsWith("<b>AT+QMTOPEN</b>"), html);
        assertTrue(html.contains("<pre>"), html);
        assertTrue(!html.contains("**"), html);
    }
}
