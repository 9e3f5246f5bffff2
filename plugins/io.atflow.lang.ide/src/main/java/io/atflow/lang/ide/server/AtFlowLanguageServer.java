package io.atflow.lang.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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
 * language is registered directly (no ServiceLoader), so it works on a plain class path and inside OSGi.
 */
public final class AtFlowLanguageServer {
    public static final String FILE_EXTENSION = "atflow";

    private AtFlowLanguageServer() {
    }

    /** A registry that knows the ATFlow language with its IDE services. */
    public static IResourceServiceProvider.Registry registry() {
        Injector language = new AtFlowIdeSetup().createInjectorAndDoEMFRegistration();
        ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
        registry.getExtensionToFactoryMap().put(FILE_EXTENSION, language.getInstance(IResourceServiceProvider.class));
        return registry;
    }

    /** A server not yet connected to a client. */
    public static LanguageServerImpl create() {
        IResourceServiceProvider.Registry registry = registry();
        Injector server = Guice.createInjector(Modules.override(new ServerModule())
                .with(b -> {
                    b.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
                    b.bind(IFileSystemScanner.class).to(ScriptFileScanner.class);
                }));
        return server.getInstance(AtFlowLanguageServerImpl.class);
    }

    /** Serves one client on {@code in}/{@code out} until the connection closes or the client sends exit. */
    public static void serve(InputStream in, OutputStream out) throws InterruptedException {
        serve(in, out, () -> { });
    }

    /** Like {@link #serve(InputStream, OutputStream)}; {@code listening} runs once requests are being read. */
    public static void serve(InputStream in, OutputStream out, Runnable listening) throws InterruptedException {
        LanguageServerImpl server = create();
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
