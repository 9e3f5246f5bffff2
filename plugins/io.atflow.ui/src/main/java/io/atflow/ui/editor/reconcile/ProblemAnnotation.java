package io.atflow.ui.editor.reconcile;

import org.eclipse.jface.text.quickassist.IQuickFixableAnnotation;
import org.eclipse.jface.text.source.Annotation;

import io.atflow.lang.load.Diagnostic;
import io.atflow.ui.editor.quickfix.EditorQuickFixes;
import io.atflow.ui.language.Problem;

/**
 * A problem the editor's last check found, shown as an error, warning or info annotation the moment the check ends
 * (workspace files also get markers, for the Problems view; the editor's {@link ScriptAnnotationModel} does not show
 * those a second time).
 */
public final class ProblemAnnotation extends Annotation implements IQuickFixableAnnotation {
    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";
    private final Problem problem;

    public ProblemAnnotation(Problem problem) {
        super(typeOf(problem.severity()), false, problem.message());
        this.problem = problem;
    }

    public static String typeOf(Diagnostic.Severity s) {
        return switch (s) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
        };
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public void setQuickFixable(boolean state) {
        // decided by the problem's code
    }

    @Override
    public boolean isQuickFixableStateSet() {
        return true;
    }

    @Override
    public boolean isQuickFixable() {
        return EditorQuickFixes.canFix(problem.code());
    }
}
