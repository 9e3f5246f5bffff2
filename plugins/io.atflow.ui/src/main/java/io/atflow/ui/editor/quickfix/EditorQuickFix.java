package io.atflow.ui.editor.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;

/** A quick fix of a script problem, usable from the editor (Ctrl+1) and from the Problems view. */
public interface EditorQuickFix {

    /** The title shown in the proposal list. */
    String label();

    /** What the fix does, shown next to the list. */
    String description();

    /** Applies the fix to the document (may ask the user through {@code shell}); false when it did not. */
    boolean apply(IDocument document, Shell shell);
}
