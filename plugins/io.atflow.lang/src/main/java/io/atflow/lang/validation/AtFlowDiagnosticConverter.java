package io.atflow.lang.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns parser diagnostics into issues even where Xtext cannot compute their end: a node that ends the file right
 * after a lone carriage return makes {@code getLineEnd()} read past the text, so the issue (e.g. a block that never
 * closes) was logged as an exception and lost, and {@code atflow check} passed. Such an issue ends where it starts.
 */
public class AtFlowDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity,
            IAcceptor<Issue> acceptor) {
        try {
            super.convertResourceDiagnostic(diagnostic, severity, acceptor);
        } catch (IndexOutOfBoundsException e) {
            acceptor.accept(withoutEnd(diagnostic, severity));
        }
    }

    private static Issue withoutEnd(Resource.Diagnostic diagnostic, Severity severity) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSyntaxError(diagnostic instanceof org.eclipse.xtext.resource.XtextSyntaxDiagnostic);
        issue.setSeverity(severity);
        issue.setLineNumber(diagnostic.getLine());
        issue.setColumn(diagnostic.getColumn());
        issue.setLineNumberEnd(diagnostic.getLine());
        issue.setColumnEnd(diagnostic.getColumn());
        issue.setMessage(diagnostic.getMessage());
        if (diagnostic instanceof AbstractDiagnostic d) {
            issue.setOffset(d.getOffset());
            issue.setLength(0);
            issue.setUriToProblem(d.getUriToProblem());
            issue.setCode(d.getCode());
            issue.setData(d.getData());
        }
        issue.setType(CheckType.FAST);
        return issue;
    }
}
