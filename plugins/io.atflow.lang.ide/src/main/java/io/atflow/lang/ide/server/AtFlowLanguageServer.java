package io.atflow.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.IFileSystemScanner;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.atflow.lang.ide.AtFlowIdeSetup;

/**
 * Xtext's language server for {@code .atflow} files over any pair of streams (stdio for {@code atflow lsp}). The
 * language is registered directly (no ServiceLoader), so it works on a plain class path and inside OSGi. Start-up
 * builds the language's injector on a second thread while this one builds the server and its JSON-RPC connection;
 * {@code initialize} waits for the language (see {@link AtFlowLanguageServerImpl}).
 */
public final class AtFlowLanguageServer {
    public static final String FILE_EXTENSION = "atflow";

    private AtFlowLanguageServer() {
    }

    /** Adds the ATFlow language with its IDE services to {@code registry}. */
    static void register(IResourceServiceProvider.Registry registry) {
        Injector language = new AtFlowIdeSetup().createInjectorAndDoEMFRegistration();
        registry.getExtensionToFactoryMap().put(FILE_EXTENSION, language.getInstance(IResourceServiceProvider.class));
    }

    /** A server not yet connected to a client, for the languages of {@code registry}. */
    private static AtFlowLanguageServerImpl create(IResourceServiceProvider.Registry registry,
            IFileSystemScanner scanner) {
        Injector server = Guice.createInjector(Modules.override(new ServerModule())
                .with(b -> {
                    b.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
                    b.bind(IFileSystemScanner.class).toInstance(scanner);
                }));
        return server.getInstance(AtFlowLanguageServerImpl.class);
    }

    /**
     * A server whose language is still being registered on another thread (started here): its {@code initialize}
     * waits for that, nothing before it needs the language.
     */
    private static AtFlowLanguageServerImpl createStarting(IFileSystemScanner scanner) {
        ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
        FutureTask<Void> language = new FutureTask<>(() -> register(registry), null);
        Thread thread = new Thread(language, "atflow-lsp-language");
        thread.setDaemon(true);
        thread.start();
        AtFlowLanguageServerImpl server = create(registry, scanner);
        server.awaitLanguage(language);
        return server;
    }

    /** Serves one client on {@code in}/{@code out} until the connection closes or the client sends exit. */
    public static void serve(InputStream in, OutputStream out) throws InterruptedException {
        serve(in, out, () -> { });
    }

    /** Like {@link #serve(InputStream, OutputStream)}; {@code listening} runs once requests are being read. */
    public static void serve(InputStream in, OutputStream out, Runnable listening) throws InterruptedException {
        serve(in, out, listening, new ScriptFileScanner());
    }

    /** Like {@link #serve(InputStream, OutputStream, Runnable)}, finding the workspace's scripts with {@code scanner}. */
    public static void serve(InputStream in, OutputStream out, Runnable listening, IFileSystemScanner scanner)
            throws InterruptedException {
        LanguageServerImpl server = createStarting(scanner);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> reading = launcher.startListening();
        listening.run();
        try {
            reading.get();
        } catch (ExecutionException e) {
            // the client closed the connection
        }
    }
}
