package io.atflow.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentCommand;
import org.junit.jupiter.api.Test;

/** Enter and closing braces indent as the formatter does. */
class ScriptAutoIndentTest {

    /** A typed text at an offset, as the viewer hands it to auto-edit strategies. */
    static final class Typed extends DocumentCommand {
        Typed(int offset, String text) {
            this.offset = offset;
            this.length = 0;
            this.text = text;
            this.caretOffset = -1;
            this.shiftsCaret = true;
            this.doit = true;
        }
    }

    static String type(String before, int offset, String text) throws BadLocationException {
        Document doc = new Document(before);
        Typed c = new Typed(offset, text);
        new ScriptAutoIndent().customizeDocumentCommand(doc, c);
        doc.replace(c.offset, c.length, c.text);
        return doc.get();
    }

    @Test
    void enterAfterABraceIndentsAndOpensTheBlock() throws BadLocationException {
        assertEquals("step {\n  \n}", type("step {}", 6, "\n"));
        assertEquals("  if x {\n    ", type("  if x {", 8, "\n"));
        assertEquals("  send AT\n  ", type("  send AT", 9, "\n"));
    }

    @Test
    void closingBraceOnABlankLineIsDedented() throws BadLocationException {
        assertEquals("step {\n  x\n}", type("step {\n  x\n  ", 13, "}"));
        assertEquals("a }", type("a ", 2, "}"));
    }
}
