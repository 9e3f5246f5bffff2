package io.atflow.cli.lsp;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import io.atflow.cli.Main;

/**
 * An {@code atflow lsp} server on pipes, initialized, with a client that keeps the first non-empty diagnostics
 * published for each document. Every wait is bounded ({@value #WAIT_SECONDS} s).
 */
final class LspSession implements AutoCloseable {
    static final int WAIT_SECONDS = 30;
    final LanguageServer server;
    final InitializeResult initialized;
    private final PipedOutputStream clientOut;
    private final DiagnosticsClient client;

    private LspSession(LanguageServer server, InitializeResult initialized, PipedOutputStream clientOut,
            DiagnosticsClient client) {
        this.server = server;
        this.initialized = initialized;
        this.clientOut = clientOut;
        this.client = client;
    }

    static LspSession start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Thread thread = new Thread(() -> new Main(List.of(new LspCommand(serverIn, serverOut))).execute(List.of("lsp"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())), "lsp");
        thread.setDaemon(true);
        thread.start();
        DiagnosticsClient client = new DiagnosticsClient();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        LanguageServer ls = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setProcessId((int) ProcessHandle.current().pid());
        InitializeResult result = ls.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS);
        ls.initialized(new InitializedParams());
        return new LspSession(ls, result, clientOut, client);
    }

    /** Opens {@code text} as the document {@code uri} and waits for its first non-empty diagnostics. */
    PublishDiagnosticsParams open(String uri, String text) throws Exception {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "atflow", 1,
                text)));
        return client.published(uri).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        clientOut.close();
    }
}
