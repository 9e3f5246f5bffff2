package io.atflow.cli.lsp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that keeps the first non-empty diagnostics published for each document. */
final class DiagnosticsClient implements LanguageClient {
    private final Map<String, CompletableFuture<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();

    /** The first non-empty diagnostics of the document {@code uri}, once published. */
    CompletableFuture<PublishDiagnosticsParams> published(String uri) {
        return published.computeIfAbsent(uri, u -> new CompletableFuture<>());
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        if (!p.getDiagnostics().isEmpty()) {
            published(p.getUri()).complete(p);
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
