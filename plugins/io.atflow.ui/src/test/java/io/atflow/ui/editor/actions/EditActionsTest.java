package io.atflow.ui.editor.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.junit.jupiter.api.Test;

/** The text logic of Format and Toggle Comment on plain documents. */
class EditActionsTest {

    @Test
    void formatReplacesOnlyTheChangedMiddle() {
        Document doc = new Document("step \"s\" {\nsend AT\n}\n");
        List<DocumentEvent> events = new ArrayList<>();
        doc.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent e) {
                events.add(new DocumentEvent(doc, e.getOffset(), e.getLength(), e.getText()));
            }

            @Override
            public void documentChanged(DocumentEvent e) {
                // recorded before
            }
        });
        FormatAction.replaceChanged(doc, doc.get(), "step \"s\" {\n  send AT\n}\n");
        assertEquals("step \"s\" {\n  send AT\n}\n", doc.get());
        assertEquals(1, events.size());
        assertEquals("step \"s\" {\n".length(), events.get(0).getOffset());
        assertEquals(0, events.get(0).getLength());
        assertEquals("  ", events.get(0).getText());
    }

    @Test
    void caretStaysBeforeTheSameText() {
        String old = "step \"s\" {send AT\n     await OK}";
        String formatted = "step \"s\" {\n  send AT\n  await OK\n}";
        int solid = FormatAction.solidBefore(old, old.indexOf("await"));
        assertEquals(formatted.indexOf("await"), FormatAction.offsetAfterSolid(formatted, solid, true));
        assertEquals(formatted.indexOf("AT") + 2, FormatAction.offsetAfterSolid(formatted, solid, false));
    }

    @Test
    void toggleCommentAtTheCommonIndentationAndBack() throws BadLocationException {
        String text = "step \"s\" {\n  send AT\n\n    log \"x\"\n}\n";
        Document doc = new Document(text);
        ToggleCommentAction.toggle(doc, 1, 3);
        assertEquals("step \"s\" {\n  // send AT\n\n  //   log \"x\"\n}\n", doc.get());
        ToggleCommentAction.toggle(doc, 1, 3);
        assertEquals(text, doc.get());
    }

    @Test
    void mixedLinesAreCommentedNotUncommented() throws BadLocationException {
        Document doc = new Document("// a\nb\n");
        ToggleCommentAction.toggle(doc, 0, 1);
        assertEquals("// // a\n// b\n", doc.get());
    }
}
