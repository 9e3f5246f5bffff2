package io.atflow.ui.editor.actions;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.ScriptEditor;

/**
 * Toggle Comment (Ctrl+/): comments out the selected lines with {@code // } at their common indentation, or, when every
 * non-blank line is already a line comment, uncomments them.
 */
public final class ToggleCommentAction extends Action {
    static final String PREFIX = "//";
    private final ScriptEditor editor;

    public ToggleCommentAction(ScriptEditor editor) {
        super("Toggle Co&mment");
        this.editor = editor;
        setActionDefinitionId(ScriptActionIds.TOGGLE_COMMENT);
    }

    @Override
    public void run() {
        if (!editor.validateEditorInputState()) {
            return;
        }
        ITextSelection sel = (ITextSelection) editor.getSelectionProvider().getSelection();
        IDocument doc = editor.document();
        try {
            int first = doc.getLineOfOffset(sel.getOffset());
            int last = doc.getLineOfOffset(sel.getOffset() + sel.getLength());
            if (last > first && sel.getOffset() + sel.getLength() == doc.getLineOffset(last)) {
                last--;
            }
            toggle(doc, first, last);
            int start = doc.getLineOffset(first);
            IRegion end = doc.getLineInformation(last);
            editor.selectAndReveal(start, end.getOffset() + end.getLength() - start);
        } catch (BadLocationException e) {
            AtFlowUi.log("Cannot toggle comments", e);
        }
    }

    /** Comments or uncomments lines {@code first..last} of a document, as one undoable change. */
    public static void toggle(IDocument doc, int first, int last) throws BadLocationException {
        boolean commented = true;
        int indent = Integer.MAX_VALUE;
        for (int l = first; l <= last; l++) {
            String text = line(doc, l);
            if (!text.isBlank()) {
                commented &= text.stripLeading().startsWith(PREFIX);
                indent = Math.min(indent, text.length() - text.stripLeading().length());
            }
        }
        if (indent == Integer.MAX_VALUE) {
            return;
        }
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(doc);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            for (int l = last; l >= first; l--) {
                String text = line(doc, l);
                if (text.isBlank()) {
                    continue;
                }
                int start = doc.getLineOffset(l);
                if (commented) {
                    int at = text.indexOf(PREFIX);
                    int len = PREFIX.length() + (text.startsWith(" ", at + PREFIX.length()) ? 1 : 0);
                    doc.replace(start + at, len, "");
                } else {
                    doc.replace(start + indent, 0, PREFIX + " ");
                }
            }
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    private static String line(IDocument doc, int line) throws BadLocationException {
        IRegion r = doc.getLineInformation(line);
        return doc.get(r.getOffset(), r.getLength());
    }
}
