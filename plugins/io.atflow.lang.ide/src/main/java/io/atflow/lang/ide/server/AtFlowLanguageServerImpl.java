package io.atflow.lang.ide.server;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, tolerant of clients that open single files without a workspace: the working directory
 * becomes the workspace root (Xtext needs one).
 */
public class AtFlowLanguageServerImpl extends LanguageServerImpl {

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        boolean noFolders = params.getWorkspaceFolders() == null || params.getWorkspaceFolders().isEmpty();
        if (params.getRootUri() == null && params.getRootPath() == null && noFolders) {
            params.setRootUri(Path.of("").toAbsolutePath().toUri().toString());
        }
        return super.initialize(params);
    }
}
