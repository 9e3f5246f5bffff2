package io.atflow.ui.editor.assist;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension3;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension5;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

import io.atflow.lang.ide.contentassist.Completion;
import io.atflow.lang.ide.hover.HoverHtml;
import io.atflow.ui.ScriptImages;

/**
 * A proposal of the language's content assist: replaces what was typed of it, filters itself as the user keeps
 * typing, shows its description in grey and the catalog documentation next to the list.
 */
public final class ScriptCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2,
        ICompletionProposalExtension3, ICompletionProposalExtension5, ICompletionProposalExtension6 {
    private final Completion completion;
    private int cursor = -1;

    public ScriptCompletionProposal(Completion completion) {
        this.completion = completion;
    }

    @Override
    public void apply(IDocument document) {
        replace(document, completion.replaceOffset() + completion.replaceLength());
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
        replace(viewer.getDocument(), offset);
    }

    private void replace(IDocument document, int offset) {
        int start = completion.replaceOffset();
        try {
            document.replace(start, Math.max(0, offset - start), completion.text());
            cursor = start + completion.text().length();
        } catch (BadLocationException e) {
            cursor = -1;
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return cursor < 0 ? null : new Point(cursor, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        String doc = completion.documentation();
        return doc == null || doc.isBlank() ? completion.description() : HoverHtml.of(doc);
    }

    @Override
    public Object getAdditionalProposalInfo(IProgressMonitor monitor) {
        return getAdditionalProposalInfo();
    }

    @Override
    public String getDisplayString() {
        return completion.label();
    }

    @Override
    public StyledString getStyledDisplayString() {
        StyledString s = new StyledString(completion.label());
        if (completion.description() != null && !completion.description().isBlank()) {
            s.append(" - " + completion.description(), StyledString.QUALIFIER_STYLER);
        }
        return s;
    }

    @Override
    public Image getImage() {
        String kind = completion.kind() == null ? "" : completion.kind();
        return switch (kind) {
            case ContentAssistEntry.KIND_FUNCTION, ContentAssistEntry.KIND_METHOD -> ScriptImages.get(
                    completion.text().startsWith("AT") ? ScriptImages.COMMAND : ScriptImages.VARIABLE);
            case ContentAssistEntry.KIND_KEYWORD -> ScriptImages.get(ScriptImages.KEYWORD);
            case ContentAssistEntry.KIND_VARIABLE -> ScriptImages.get(ScriptImages.VARIABLE);
            case ContentAssistEntry.KIND_PROPERTY -> ScriptImages.get(ScriptImages.DEVICE);
            case ContentAssistEntry.KIND_VALUE, ContentAssistEntry.KIND_ENUM -> ScriptImages.get(ScriptImages.EVENT);
            default -> null;
        };
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
        // no preview
    }

    @Override
    public void unselected(ITextViewer viewer) {
        // no preview
    }

    @Override
    public boolean validate(IDocument document, int offset, DocumentEvent event) {
        int start = completion.replaceOffset();
        if (offset < start) {
            return false;
        }
        try {
            String typed = document.get(start, offset - start);
            return startsWith(completion.text(), typed) || startsWith(completion.label(), typed);
        } catch (BadLocationException e) {
            return false;
        }
    }

    private static boolean startsWith(String s, String prefix) {
        return s != null && s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    @Override
    public IInformationControlCreator getInformationControlCreator() {
        return null;
    }

    @Override
    public CharSequence getPrefixCompletionText(IDocument document, int completionOffset) {
        return completion.text();
    }

    @Override
    public int getPrefixCompletionStart(IDocument document, int completionOffset) {
        return completion.replaceOffset();
    }
}
