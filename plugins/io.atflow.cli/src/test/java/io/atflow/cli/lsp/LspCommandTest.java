package io.atflow.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

import io.atflow.cli.Main;

/** {@code atflow lsp}: a scripted initialize / didOpen / publishDiagnostics / hover / shutdown exchange. */
class LspCommandTest {

    @Test
    void servesDiagnosticsAndHovers() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Thread server = new Thread(() -> new Main(List.of(new LspCommand(serverIn, serverOut))).execute(List.of("lsp"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())), "lsp");
        server.setDaemon(true);
        server.start();

        CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(diagnostics), clientIn, clientOut);
        launcher.startListening();
        LanguageServer ls = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        InitializeResult result = ls.initialize(init).get(30, TimeUnit.SECONDS);
        assertEquals(Boolean.TRUE, result.getCapabilities().getHoverProvider().getLeft(), "hovers are offered");
        ls.initialized(new InitializedParams());

        // no rootUri and no workspace folders: the server takes the working directory as its workspace
        String uri = java.nio.file.Path.of("target/lsp-probe.atflow").toAbsolutePath().toUri().toString();
        String text = "send AT+QMTOPN=0,\"h\",1883\nsend AT+QMTOPEN=0,\"h\",1883\n";
        ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "atflow", 1, text)));
        PublishDiagnosticsParams published = diagnostics.get(30, TimeUnit.SECONDS);
        assertEquals(uri, published.getUri());
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        assertEquals("atflow.unknown-command", published.getDiagnostics().get(0).getCode().getLeft());
        assertEquals(new Position(0, 5), published.getDiagnostics().get(0).getRange().getStart());

        Hover hover = ls.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(1, 23))).get(30, TimeUnit.SECONDS);
        assertEquals("**AT+QMTOPEN** `<port> 0..65535`", hover.getContents().getRight().getValue());
        ls.shutdown().get(30, TimeUnit.SECONDS);
        clientOut.close();
    }

    private record Client(CompletableFuture<PublishDiagnosticsParams> diagnostics) implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            if (!p.getDiagnostics().isEmpty()) {
                diagnostics.complete(p);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
