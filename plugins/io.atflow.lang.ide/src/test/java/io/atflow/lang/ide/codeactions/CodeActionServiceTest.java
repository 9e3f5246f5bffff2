package io.atflow.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.lang.ide.testing.IdeTestLanguage;
import io.atflow.lang.validation.IssueCodes;

/** The LSP face of the quick fixes: diagnostics in, code actions with workspace edits out. */
class CodeActionServiceTest {
    private static final String TEXT = "device m { productKey \"pk1\" deviceName \"dev1\" deviceSecret \"s3cr3t\" }\n";

    @Test
    void literalSecretMovesIntoTheSecretsFileBesideTheScript(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".atflow-secrets"), "# local secrets\nother=1");
        String uri = dir.resolve("test.atflow").toUri().toString();
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = literalSecretActions(uri);
        assertEquals(1, actions.size());
        CodeAction action = actions.get(0).getRight();
        assertEquals("secret(\"pk1/dev1\")", action.getEdit().getChanges().get(uri).get(0).getNewText());
        TextEdit store = action.getEdit().getChanges().get(dir.resolve(".atflow-secrets").toUri().toString()).get(0);
        assertEquals(new Range(new Position(1, 7), new Position(1, 7)), store.getRange());
        assertEquals("\npk1/dev1=s3cr3t\n", store.getNewText());
        assertNull(action.getData(), "the value never travels back to the client outside the edit");
    }

    @Test
    void noMoveWhereTheValueCouldNotBeKept(@TempDir Path dir) {
        // no secrets file and a client that cannot create files: the value would be lost, so no action is offered
        assertEquals(List.of(), literalSecretActions(dir.resolve("test.atflow").toUri().toString()));
        assertEquals(List.of(), literalSecretActions("memory:/test.atflow"));
    }

    private static List<Either<org.eclipse.lsp4j.Command, CodeAction>> literalSecretActions(String uri) {
        XtextResource r = IdeTestLanguage.parse(TEXT);
        Document doc = new Document(1, TEXT);
        int start = TEXT.indexOf("\"s3cr3t\"");
        Diagnostic d = new Diagnostic(new Range(doc.getPosition(start), doc.getPosition(start + 8)), "literal");
        d.setCode(IssueCodes.LITERAL_SECRET);
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)));
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(doc);
        options.setResource(r);
        options.setURI(uri);
        options.setCodeActionParams(params);
        return IdeTestLanguage.INJECTOR.getInstance(ICodeActionService2.class).getCodeActions(options);
    }
}
