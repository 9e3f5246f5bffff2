package io.atflow.ui.editor.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.atflow.lang.formatting.ScriptFormatter;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.language.ScriptLanguage;

/**
 * Format (Ctrl+Shift+F): the language's canonical layout. Only the changed middle of the text is replaced, as one
 * undoable change, and the caret stays before the same non-blank character. A script with syntax errors is left alone.
 */
public final class FormatAction extends Action {
    private final ScriptEditor editor;
    private final ScriptLanguage language;

    public FormatAction(ScriptEditor editor, ScriptLanguage language) {
        super("&Format");
        this.editor = editor;
        this.language = language;
        setActionDefinitionId(ScriptActionIds.FORMAT);
    }

    @Override
    public void run() {
        if (!editor.validateEditorInputState()) {
            return;
        }
        IDocument document = editor.document();
        ScriptSnapshot snapshot = ScriptDocuments.current(document, language);
        if (snapshot.hasSyntaxErrors()) {
            editor.status("Format needs a script without syntax errors: fix the errors first.");
            Display.getCurrent().beep();
            return;
        }
        String old = snapshot.text();
        String formatted = language.get(ScriptFormatter.class).format(snapshot.resource());
        if (formatted.equals(old)) {
            return;
        }
        int caret = ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset();
        int solid = solidBefore(old, caret);
        boolean beforeText = caret < old.length() && !Character.isWhitespace(old.charAt(caret));
        replaceChanged(document, old, formatted);
        editor.selectAndReveal(offsetAfterSolid(formatted, solid, beforeText), 0);
    }

    /** Replaces the part of the document between the common prefix and suffix of old and new text. */
    static void replaceChanged(IDocument document, String old, String formatted) {
        int prefix = 0;
        int max = Math.min(old.length(), formatted.length());
        while (prefix < max && old.charAt(prefix) == formatted.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
            suffix++;
        }
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            document.replace(prefix, old.length() - suffix - prefix, formatted.substring(prefix,
                    formatted.length() - suffix));
        } catch (BadLocationException e) {
            AtFlowUi.log("Cannot apply the formatted text", e);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    static int solidBefore(String text, int offset) {
        int n = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The offset after {@code solid} non-blank characters (and the blanks after them when {@code skipBlanks}). */
    static int offsetAfterSolid(String text, int solid, boolean skipBlanks) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (n == solid && !(skipBlanks && Character.isWhitespace(text.charAt(i)))) {
                return i;
            }
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return text.length();
    }
}
