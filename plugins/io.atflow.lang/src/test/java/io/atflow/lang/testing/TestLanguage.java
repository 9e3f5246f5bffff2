package io.atflow.lang.testing;

import io.atflow.lang.AtFlowRuntimeModule;
import io.atflow.lang.AtFlowStandaloneSetup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.secrets.SecretResolver;

/** A language injector whose secrets come from a map, plus helpers to load text. */
public final class TestLanguage {
    /** The application note's device: i2uqc2dloOl/device001. */
    public static final String NOTE_DEVICE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    /** Only the device secret is printed in full in the note; its product secrets are masked. */
    public static final Map<String, String> NOTE_SECRETS = Map.of("i2uqc2dloOl/device001", NOTE_DEVICE_SECRET);

    private final Injector injector;

    public TestLanguage(Map<String, String> secrets) {
        SecretResolver resolver = new SecretResolver() {
            @Override
            public Optional<String> resolve(String name, Path scriptDir) {
                return Optional.ofNullable(secrets.get(name));
            }

            @Override
            public String hint(String name) {
                return "test secrets lack " + name;
            }
        };
        injector = new AtFlowStandaloneSetup() {
            @Override
            public Injector createInjector() {
                return Guice.createInjector(Modules.override(new AtFlowRuntimeModule())
                        .with(b -> b.bind(SecretResolver.class).toInstance(resolver)));
            }
        }.createInjectorAndDoEMFRegistration();
    }

    public static TestLanguage withNoteSecrets() {
        return new TestLanguage(NOTE_SECRETS);
    }

    public Injector injector() {
        return injector;
    }

    public LoadedScript load(String text) {
        return injector.getInstance(ScriptLoader.class).load("test.atflow", URI.createURI("memory:/test.atflow"), text);
    }

    public List<Diagnostic> diagnostics(String text) {
        return load(text).diagnostics();
    }

    /** Codes of the diagnostics of {@code text}, in order. */
    public List<String> codes(String text) {
        return diagnostics(text).stream().map(Diagnostic::code).toList();
    }
}
