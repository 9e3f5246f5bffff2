package io.atflow.ui.editor.quickfix;

import java.util.Comparator;
import java.util.stream.Collectors;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

import io.atflow.lang.ide.codeactions.QuickFix;
import io.atflow.lang.ide.hover.HoverHtml;
import io.atflow.ui.AtFlowUi;

/**
 * A fix computed by the language ({@code QuickFixes}): text edits applied as one undoable change. A fix that moves a
 * literal secret out of the script first stores the value in secure storage; if that fails the script is left as is.
 */
public final class TextEditQuickFix implements EditorQuickFix {
    private final QuickFix fix;

    public TextEditQuickFix(QuickFix fix) {
        this.fix = fix;
    }

    @Override
    public String label() {
        return fix.title();
    }

    @Override
    public String description() {
        String name = fix.data().get(QuickFix.SECRET_NAME);
        if (name != null) {
            return "Stores the value in Eclipse secure storage, encrypted, as secret(\"" + name
                    + "\") and leaves only the reference in the script.";
        }
        String described = fix.data().get(QuickFix.DESCRIPTION);
        if (described != null) {
            return HoverHtml.escape(described);
        }
        return fix.edits().stream()
                .map(e -> (e.length() == 0 ? "Inserts <b>" : "Writes <b>") + HoverHtml.escape(e.text()) + "</b>")
                .collect(Collectors.joining("<br>"));
    }

    @Override
    public boolean apply(IDocument document, Shell shell) {
        String name = fix.data().get(QuickFix.SECRET_NAME);
        if (name != null) {
            try {
                AtFlowUi.getDefault().secrets().store(name, fix.data().get(QuickFix.SECRET_VALUE));
            } catch (StorageException e) {
                MessageDialog.openError(shell, "Secure Storage", "Cannot store the secret " + name
                        + " in Eclipse secure storage (" + e.getMessage() + "); the script was not changed.");
                return false;
            }
        }
        return apply(document, fix);
    }

    /** Applies the edits of a fix, last first, as one undoable change. */
    static boolean apply(IDocument document, QuickFix fix) {
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            for (QuickFix.Edit e : fix.edits().stream().sorted(Comparator.comparingInt(QuickFix.Edit::offset).reversed()).toList()) {
                document.replace(e.offset(), e.length(), e.text());
            }
            return true;
        } catch (BadLocationException e) {
            return false;
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }
}
