package io.atflow.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** {@code atflow lsp}: a scripted initialize / didOpen / publishDiagnostics / hover / shutdown exchange. */
class LspCommandTest {

    @Test
    void servesDiagnosticsAndHovers() throws Exception {
        try (LspSession lsp = LspSession.start()) {
            assertEquals(Boolean.TRUE, lsp.initialized.getCapabilities().getHoverProvider().getLeft(),
                    "hovers are offered");
            // no rootUri and no workspace folders: the server takes the working directory as its workspace
            String uri = Path.of("target/lsp-probe.atflow").toAbsolutePath().toUri().toString();
            PublishDiagnosticsParams published = lsp.open(uri,
                    "send AT+QMTOPN=0,\"h\",1883\nsend AT+QMTOPEN=0,\"h\",1883\n");
            assertEquals(uri, published.getUri());
            assertEquals(1, published.getDiagnostics().size(), published.toString());
            assertEquals("atflow.unknown-command", published.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(new Position(0, 5), published.getDiagnostics().get(0).getRange().getStart());

            Hover hover = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(1, 23))).get(LspSession.WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals("**AT+QMTOPEN** `<port> 0..65535`", hover.getContents().getRight().getValue());
        }
    }

    @Test
    void publishesSlipsWithTheRangeOfTheSlip() throws Exception {
        try (LspSession lsp = LspSession.start()) {
            String uri = Path.of("target/lsp-slips.atflow").toAbsolutePath().toUri().toString();
            PublishDiagnosticsParams published = lsp.open(uri, "step \"info\" {\n  send ATI expect Quectel\n}\n"
                    + "send AT+QMTOPEN =0,\"h\",1883\n");
            assertEquals(2, published.getDiagnostics().size(), published.toString());
            Diagnostic pattern = published.getDiagnostics().get(0);
            assertEquals("Quectel is not a pattern: after expect comes a result word in capitals (OK), a +NAME: "
                    + "response or a /regular expression/; write this line as /Quectel/",
                    pattern.getMessage().getLeft());
            // 0-based: line 1, "Quectel" from character 18 to 25
            assertEquals(new Range(new Position(1, 18), new Position(1, 25)), pattern.getRange());
            Diagnostic blank = published.getDiagnostics().get(1);
            assertTrue(blank.getMessage().getLeft().startsWith("a blank cuts the AT command AT+QMTOPEN before "),
                    blank::toString);
            // the blank between AT+QMTOPEN and =0
            assertEquals(new Range(new Position(3, 15), new Position(3, 16)), blank.getRange());
        }
    }
}
