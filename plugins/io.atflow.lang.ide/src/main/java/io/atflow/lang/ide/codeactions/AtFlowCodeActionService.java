package io.atflow.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonObject;
import com.google.inject.Inject;

/** Quick fixes as LSP code actions; secrets moved out of a file travel in the action's {@code data}. */
public class AtFlowCodeActionService implements ICodeActionService2 {
    @Inject
    private QuickFixes quickFixes;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        Document doc = options.getDocument();
        XtextResource resource = (XtextResource) options.getResource();
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (d.getCode() == null || !d.getCode().isLeft()) {
                continue;
            }
            int start = doc.getOffSet(d.getRange().getStart());
            int end = doc.getOffSet(d.getRange().getEnd());
            for (Fix fix : quickFixes.fixes(resource, d.getCode().getLeft(), start, end - start)) {
                out.add(Either.forRight(toAction(fix, d, doc, options.getURI())));
            }
        }
        return out;
    }

    private static CodeAction toAction(Fix fix, Diagnostic d, Document doc, String uri) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        List<TextEdit> edits = fix.edits().stream().map(e -> new TextEdit(new Range(doc.getPosition(e.offset()),
                doc.getPosition(e.offset() + e.length())), e.text())).toList();
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        if (!fix.data().isEmpty()) {
            JsonObject data = new JsonObject();
            fix.data().forEach(data::addProperty);
            action.setData(data);
        }
        return action;
    }
}
