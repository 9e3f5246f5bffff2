package io.atflow.lang.ide.codeactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.gson.JsonObject;
import com.google.inject.Inject;

/**
 * Quick fixes as LSP code actions. A secret moved out of a script is written into the {@code .atflow-secrets} file
 * next to it by the same workspace edit, so no editor loses the value.
 */
public class AtFlowCodeActionService implements ICodeActionService2 {
    @Inject
    private QuickFixes quickFixes;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getDocument() != null && options.getResource() != null) {
            return actions(options, options.getDocument(), (XtextResource) options.getResource());
        }
        // Xtext's language server hands over neither document nor resource: read them inside its current read request
        return options.getLanguageServerAccess().doSyncRead(options.getURI(), ctx -> ctx.getDocument() == null
                ? List.<Either<Command, CodeAction>>of()
                : actions(options, ctx.getDocument(), (XtextResource) ctx.getResource()));
    }

    private List<Either<Command, CodeAction>> actions(Options options, Document doc, XtextResource resource) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (d.getCode() == null || !d.getCode().isLeft()) {
                continue;
            }
            int start = doc.getOffSet(d.getRange().getStart());
            int end = doc.getOffSet(d.getRange().getEnd());
            for (QuickFix fix : quickFixes.fixes(resource, d.getCode().getLeft(), start, end - start)) {
                CodeAction action = toAction(fix, d, doc, options);
                if (action != null) {
                    out.add(Either.forRight(action));
                }
            }
        }
        return out;
    }

    private static CodeAction toAction(QuickFix fix, Diagnostic d, Document doc, Options options) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        List<TextEdit> edits = fix.edits().stream().map(e -> edit(doc, e.offset(), e.length(), e.text())).toList();
        String secret = fix.data().get(QuickFix.SECRET_NAME);
        Optional<SecretsFileEdit> store = secret == null ? Optional.empty()
                : SecretsFileEdit.of(options.getURI(), secret, fix.data().get(QuickFix.SECRET_VALUE));
        if (secret != null && store.isEmpty()) {
            return null; // the value would be lost: no file next to the script to keep it in
        }
        action.setEdit(store.isEmpty() ? new WorkspaceEdit(Map.of(options.getURI(), edits))
                : withSecretsFile(options, edits, store.get()));
        if (action.getEdit() == null) {
            return null;
        }
        if (fix.data().containsKey(QuickFix.DESCRIPTION)) {
            JsonObject data = new JsonObject();
            data.addProperty(QuickFix.DESCRIPTION, fix.data().get(QuickFix.DESCRIPTION));
            action.setData(data);
        }
        return action;
    }

    /**
     * The script's edits plus the secret's line in {@code .atflow-secrets}: as document changes (creating the file when
     * missing) where the client supports them, else as plain changes when the file exists; null when neither works.
     */
    private static WorkspaceEdit withSecretsFile(Options options, List<TextEdit> edits, SecretsFileEdit store) {
        TextEdit line = edit(store.before(), store.offset(), store.length(), store.text());
        if (supportsCreate(options)) {
            List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
            changes.add(Either.forLeft(documentEdit(options.getURI(), edits)));
            if (!store.exists()) {
                changes.add(Either.forRight(new CreateFile(store.uri(), new CreateFileOptions(false, true))));
            }
            changes.add(Either.forLeft(documentEdit(store.uri(), List.of(line))));
            return new WorkspaceEdit(changes);
        }
        return store.exists() ? new WorkspaceEdit(Map.of(options.getURI(), edits, store.uri(), List.of(line))) : null;
    }

    private static TextDocumentEdit documentEdit(String uri, List<TextEdit> edits) {
        return new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
                edits.stream().map(Either::<TextEdit, SnippetTextEdit>forLeft).toList());
    }

    private static boolean supportsCreate(Options options) {
        ILanguageServerAccess access = options.getLanguageServerAccess();
        InitializeParams init = access == null ? null : access.getInitializeParams();
        WorkspaceClientCapabilities ws = init == null || init.getCapabilities() == null ? null
                : init.getCapabilities().getWorkspace();
        WorkspaceEditCapabilities edit = ws == null ? null : ws.getWorkspaceEdit();
        return edit != null && Boolean.TRUE.equals(edit.getDocumentChanges()) && edit.getResourceOperations() != null
                && edit.getResourceOperations().contains(ResourceOperationKind.Create);
    }

    private static TextEdit edit(Document doc, int offset, int length, String text) {
        return new TextEdit(new Range(doc.getPosition(offset), doc.getPosition(offset + length)), text);
    }
}
