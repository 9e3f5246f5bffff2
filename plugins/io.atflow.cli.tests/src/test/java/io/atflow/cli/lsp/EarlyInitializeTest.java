package io.atflow.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.util.IAcceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.lang.ide.server.AtFlowLanguageServer;
import io.atflow.lang.ide.server.ScriptFileScanner;

/**
 * The server answers {@code initialize} before its workspace is built (here: while the search for the workspace's
 * scripts is held), then builds it: the workspace's script is validated and a request sent meanwhile is answered
 * once the build is done. Every wait is bounded. (Here, not in io.atflow.lang.ide: the server registers its language
 * in EMF's global registries, which that bundle's tests share with their test secrets.)
 */
class EarlyInitializeTest {
    private static final int WAIT_SECONDS = 30;

    @Test
    void answersInitializeWhileTheWorkspaceIsBuiltThenValidatesIt(@TempDir Path root) throws Exception {
        Path script = root.resolve("broken.atflow");
        Files.writeString(script, "send AT+QMTOPN=0,\"h\",1883\nsend AT+QMTOPEN=0,\"h\",1883\n");
        String uri = script.toUri().toString();
        HeldScanner scanner = new HeldScanner();
        DiagnosticsClient client = new DiagnosticsClient();
        CompletableFuture<PublishDiagnosticsParams> published = client.published(uri);

        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Thread serving = new Thread(() -> {
            try {
                AtFlowLanguageServer.serve(serverIn, serverOut, () -> { }, scanner);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lsp-under-test");
        serving.setDaemon(true);
        serving.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        try {
            InitializeParams init = new InitializeParams();
            init.setRootUri(root.toUri().toString());
            InitializeResult result = server.initialize(init).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(scanner.started.await(WAIT_SECONDS, TimeUnit.SECONDS), "the workspace build started");
            assertEquals(1, scanner.release.getCount(), "answered while the workspace's scripts were still searched");
            assertEquals(Boolean.TRUE, result.getCapabilities().getHoverProvider().getLeft(), "hovers are offered");
            server.initialized(new InitializedParams());

            CompletableFuture<Hover> hover = server.getTextDocumentService().hover(
                    new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 23)));
            assertFalse(published.isDone(), "nothing validated before the workspace is built");
            scanner.release.countDown();

            PublishDiagnosticsParams diagnostics = published.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, diagnostics.getDiagnostics().size(), diagnostics.toString());
            assertEquals("atflow.unknown-command", diagnostics.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(new Position(0, 5), diagnostics.getDiagnostics().get(0).getRange().getStart());
            // the request sent while the workspace was built waited for it
            assertEquals("**AT+QMTOPEN** `<port> 0..65535`",
                    hover.get(WAIT_SECONDS, TimeUnit.SECONDS).getContents().getRight().getValue());
            server.shutdown().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            scanner.release.countDown();
            clientOut.close();
        }
    }

    /** The server's scanner, held at its start until the test releases it. */
    private static final class HeldScanner extends ScriptFileScanner {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void scan(URI root, IAcceptor<URI> acceptor) {
            started.countDown();
            try {
                if (!release.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the scanner");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            super.scan(root, acceptor);
        }
    }
}
