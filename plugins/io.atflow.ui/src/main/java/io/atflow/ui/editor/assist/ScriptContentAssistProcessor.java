package io.atflow.ui.editor.assist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.lang.ide.contentassist.Completion;
import io.atflow.lang.ide.contentassist.Completions;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.language.ScriptLanguage;

/**
 * Content assist (Ctrl+Space, and after {@code +} or {@code .}): the language's proposals ({@link Completions}:
 * commands of the catalog with their forms, patterns, names, identity fields, keywords), then the flow templates.
 */
public final class ScriptContentAssistProcessor implements IContentAssistProcessor {
    private final FlowTemplateProcessor templates = new FlowTemplateProcessor();
    private final ScriptLanguage language;

    public ScriptContentAssistProcessor(ScriptLanguage language) {
        this.language = language;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        ScriptSnapshot snapshot = ScriptDocuments.current(viewer.getDocument(), language);
        List<ICompletionProposal> out = new ArrayList<>();
        if (snapshot.isParsed()) {
            for (Completion c : language.get(Completions.class).at(snapshot.resource(), snapshot.text(), offset,
                    CancelIndicator.NullImpl)) {
                out.add(new ScriptCompletionProposal(c));
            }
        }
        out.addAll(Arrays.asList(templates.computeCompletionProposals(viewer, offset)));
        return out.toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '+', '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
