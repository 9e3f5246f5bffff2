package io.atflow.ui.editor.assist;

import java.util.Arrays;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateCompletionProcessor;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.swt.graphics.Image;

import io.atflow.ui.ScriptImages;

/**
 * Offers the flow templates where a statement starts (only blanks before the typed word), matching the typed prefix
 * of their names ({@code one-device}, {@code property-post}).
 */
public final class FlowTemplateProcessor extends TemplateCompletionProcessor {

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        String prefix = extractPrefix(viewer, offset);
        if (!atStatementStart(viewer.getDocument(), offset - prefix.length())) {
            return new ICompletionProposal[0];
        }
        return Arrays.stream(super.computeCompletionProposals(viewer, offset))
                .filter(p -> p.getDisplayString().startsWith(prefix)).toArray(ICompletionProposal[]::new);
    }

    private static boolean atStatementStart(IDocument document, int offset) {
        try {
            IRegion line = document.getLineInformationOfOffset(offset);
            return document.get(line.getOffset(), offset - line.getOffset()).isBlank();
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    protected String extractPrefix(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        int i = offset;
        try {
            while (i > 0) {
                char c = document.getChar(i - 1);
                if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                    break;
                }
                i--;
            }
            return document.get(i, offset - i);
        } catch (BadLocationException e) {
            return "";
        }
    }

    @Override
    protected Template[] getTemplates(String contextTypeId) {
        return FlowTemplates.templates().toArray(Template[]::new);
    }

    @Override
    protected TemplateContextType getContextType(ITextViewer viewer, IRegion region) {
        return FlowTemplates.contextType();
    }

    @Override
    protected Image getImage(Template template) {
        return ScriptImages.get(ScriptImages.TEMPLATE);
    }
}
