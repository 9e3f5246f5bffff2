package io.atflow.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.junit.jupiter.api.Test;

/** The lexer-based partitioning, computed at once and kept up to date through edits. */
class LexerPartitionerTest {
    static final String SCRIPT = """
            // header
            /* block
               comment */
            payload p = \"""{"a":"/* not a comment */"}\"""
            send AT+X="//not a comment" expect OK
            log "text with ${x} and // not a comment"
            """;

    static List<String> partitions(Document doc) throws BadLocationException {
        List<String> out = new ArrayList<>();
        for (ITypedRegion r : TextUtilities.computePartitioning(doc, ScriptPartitions.PARTITIONING, 0, doc.getLength(),
                false)) {
            out.add(r.getType() + "@" + r.getOffset() + "+" + r.getLength());
        }
        return out;
    }

    static Document partitioned(String text) {
        Document doc = new Document(text);
        ScriptPartitions.install(doc);
        return doc;
    }

    @Test
    void commentsAndStringsAreTheirOwnPartitions() throws BadLocationException {
        Document doc = partitioned(SCRIPT);
        assertEquals(ScriptPartitions.COMMENT, type(doc, "header"));
        assertEquals(ScriptPartitions.COMMENT, type(doc, "comment */"));
        assertEquals(ScriptPartitions.STRING, type(doc, "not a comment */"));
        assertEquals(org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE, type(doc, "//not a comment\""));
        assertEquals(ScriptPartitions.STRING, type(doc, "and // not"));
        assertEquals(org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE, type(doc, "expect"));
    }

    static String type(Document doc, String needle) throws BadLocationException {
        return TextUtilities.getContentType(doc, ScriptPartitions.PARTITIONING, doc.get().indexOf(needle), false);
    }

    @Test
    void editsGiveTheSamePartitionsAsAFreshScan() throws BadLocationException {
        Random random = new Random(7);
        String[] pieces = { "/*", "*/", "\"", "\"\"\"", "//", "\n", "x", " ", "${", "}", "AT+Q=\"a\"" };
        Document doc = partitioned(SCRIPT);
        for (int i = 0; i < 400; i++) {
            int at = random.nextInt(doc.getLength() + 1);
            int len = random.nextInt(3) == 0 ? Math.min(doc.getLength() - at, random.nextInt(6)) : 0;
            doc.replace(at, len, pieces[random.nextInt(pieces.length)]);
            assertEquals(partitions(partitioned(doc.get())), partitions(doc), () -> "after an edit: " + doc.get());
        }
    }
}
