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

import io.atflow.lang.ide.testing.IdeTestLanguage;
import io.atflow.lang.validation.IssueCodes;

/** A TLS fix through the language server: the SSL context id of AT+QMTCFG="ssl" becomes the configured one. */
class TlsCodeActionTest {
    static final String TEXT = "send AT+QSSLCFG=\"seclevel\",1,0\nsend AT+QMTCFG=\"ssl\",0,1,2\n"
            + "send AT+QMTOPEN=0,\"h.aliyuncs.com\",1883\n";

    @Test
    void contextMismatchIsACodeAction() {
        String uri = "memory:/tls.atflow";
        XtextResource r = IdeTestLanguage.parse(TEXT);
        Document doc = new Document(1, TEXT);
        int start = TEXT.indexOf(",2\n") + 1;
        Diagnostic d = new Diagnostic(new Range(doc.getPosition(start), doc.getPosition(start + 1)), "mismatch");
        d.setCode(IssueCodes.SSL_CONTEXT_MISMATCH);
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
                new CodeActionContext(List.of(d)));
        ICodeActionService2.Options options = new ICodeActionService2.Options();
        options.setDocument(doc);
        options.setResource(r);
        options.setURI(uri);
        options.setCodeActionParams(params);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = IdeTestLanguage.INJECTOR
                .getInstance(ICodeActionService2.class).getCodeActions(options);
        assertEquals(1, actions.size());
        TextEdit edit = actions.get(0).getRight().getEdit().getChanges().get(uri).get(0);
        assertEquals("1", edit.getNewText());
        assertEquals(d.getRange(), edit.getRange());
    }
}
