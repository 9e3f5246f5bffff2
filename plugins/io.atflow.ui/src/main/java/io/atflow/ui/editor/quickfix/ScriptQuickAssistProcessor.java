package io.atflow.ui.editor.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;

import io.atflow.ui.editor.reconcile.ProblemAnnotations;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.language.ScriptLanguage;

/**
 * Ctrl+1: the fixes of the problems at the caret (or, when there are none, of the problems on the caret's line),
 * from {@link EditorQuickFixes}.
 */
public final class ScriptQuickAssistProcessor implements IQuickAssistProcessor {
    private final ScriptLanguage language;

    public ScriptQuickAssistProcessor(ScriptLanguage language) {
        this.language = language;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof io.atflow.ui.editor.reconcile.ProblemAnnotation pa ? EditorQuickFixes.canFix(pa.problem().code())
                : annotation instanceof org.eclipse.ui.texteditor.MarkerAnnotation ma
                        && EditorQuickFixes.canFix(ma.getMarker().getAttribute(io.atflow.ui.markers.ProblemMarkers.CODE, ""));
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        ISourceViewer viewer = context.getSourceViewer();
        IDocument document = viewer.getDocument();
        IAnnotationModel model = viewer.getAnnotationModel();
        int offset = context.getOffset();
        List<Problem> problems = ProblemAnnotations.at(model, offset);
        if (problems.isEmpty()) {
            try {
                IRegion line = document.getLineInformationOfOffset(offset);
                problems = ProblemAnnotations.within(model, line.getOffset(), line.getOffset() + line.getLength());
            } catch (BadLocationException e) {
                return new ICompletionProposal[0];
            }
        }
        ScriptSnapshot snapshot = ScriptDocuments.current(document, language);
        List<ICompletionProposal> out = new ArrayList<>();
        for (Problem p : problems) {
            for (EditorQuickFix f : EditorQuickFixes.forProblem(language, snapshot, p)) {
                if (out.stream().noneMatch(x -> x.getDisplayString().equals(f.label()))) {
                    out.add(new QuickFixProposal(f));
                }
            }
        }
        return out.toArray(ICompletionProposal[]::new);
    }
}
