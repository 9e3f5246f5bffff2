package io.atflow.ui.editor.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import io.atflow.ui.ScriptImages;
import io.atflow.ui.util.Shells;

/** A {@link EditorQuickFix} in the editor's quick fix list (Ctrl+1). */
public final class QuickFixProposal implements ICompletionProposal {
    private final EditorQuickFix fix;

    public QuickFixProposal(EditorQuickFix fix) {
        this.fix = fix;
    }

    @Override
    public void apply(IDocument document) {
        fix.apply(document, Shells.active());
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return fix.description();
    }

    @Override
    public String getDisplayString() {
        return fix.label();
    }

    @Override
    public Image getImage() {
        return ScriptImages.get(ScriptImages.FIX);
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
