package io.atflow.lang.ide.codeactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.atflow.lang.ide.testing.IdeTestLanguage;
import io.atflow.lang.validation.IssueCodes;

/** The LSP face of the quick fixes: diagnostics in, code actions with workspace edits and secret data out. */
class CodeActionServiceTest {

    @Test
    void literalSecretActionCarriesTheValueForTheClient() {
        String text = "device m { productKey \"pk1\" deviceName \"dev1\" deviceSecret \"s3cr3t\" }\n";
        XtextResource r = IdeTestLanguage.parse(text);
        Document doc = new Document(1, text);
        int start = text.indexOf("\"s3cr3t\"");
        Diagnostic d = new Diagnostic(new Range(doc.getPosition(start), doc.getPosition(start + 8)), "literal");
        d.setCode(IssueCodes.LITERAL_SECRET);
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier("memory:/test.atflow"),
                d.getRange(), new CodeActionContext(List.of(d)));
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(doc);
        options.setResource(r);
        options.setURI("memory:/test.atflow");
        options.setCodeActionParams(params);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = IdeTestLanguage.INJECTOR
                .getInstance(ICodeActionService2.class).getCodeActions(options);
        assertEquals(1, actions.size());
        CodeAction action = actions.get(0).getRight();
        TextEdit edit = action.getEdit().getChanges().get("memory:/test.atflow").get(0);
        assertEquals("secret(\"pk1/dev1\")", edit.getNewText());
        JsonObject data = (JsonObject) action.getData();
        assertEquals("pk1/dev1", data.get("secretName").getAsString());
        assertEquals("s3cr3t", data.get("secretValue").getAsString());
    }
}
