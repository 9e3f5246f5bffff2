package io.atflow.lang.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, tolerant of clients that open single files without a workspace (the working directory
 * becomes the workspace root; Xtext needs one), and quick to answer {@code initialize}:
 * <ul>
 * <li>the language (its injector, built on another thread while the server and the JSON-RPC connection are set up)
 * is awaited only when {@code initialize} comes in;</li>
 * <li>the answer (the server's capabilities, which depend on the client's parameters only) goes out at once; the
 * workspace (finding, indexing and validating its scripts) is built after it as the first write request, and every
 * later request waits for it in Xtext's request queue, as it did when the answer waited too.</li>
 * </ul>
 */
public class AtFlowLanguageServerImpl extends LanguageServerImpl {
    private Future<?> language = CompletableFuture.completedFuture(null);

    /** The language's registration, still under way while the server starts; {@code initialize} waits for it. */
    public void awaitLanguage(Future<?> registration) {
        this.language = registration;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        try {
            language.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        } catch (java.util.concurrent.ExecutionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        }
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        if (params.getRootUri() == null && params.getRootPath() == null && noFolders) {
            params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
        }
        CompletableFuture<InitializeResult> workspace = super.initialize(params);
        workspace.whenComplete((result, failure) -> reportWorkspaceFailure(failure));
        InitializeResult answer = new InitializeResult(createServerCapabilities(params));
        return CompletableFuture.completedFuture(answer);
    }

    /** A workspace that could not be built is told to the client's log (it no longer fails the initialize). */
    private void reportWorkspaceFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        // a later write request (an opened document) cancels the pending request that builds the workspace; Xtext
        // still builds it (that part is not cancellable) before the later request runs
        if (cause == null || cause instanceof CancellationException) {
            return;
        }
        if (getLanguageClient() != null) {
            getLanguageClient().logMessage(new MessageParams(MessageType.Error,
                    "ATFlow: the workspace could not be built: " + cause));
        }
    }
}
