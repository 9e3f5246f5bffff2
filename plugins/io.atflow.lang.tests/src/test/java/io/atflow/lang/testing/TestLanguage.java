package io.atflow.lang.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.atflow.lang.AtFlowRuntimeModule;
import io.atflow.lang.AtFlowStandaloneSetup;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.secrets.SecretResolver;

/**
 * The language injector of the tests (one per JVM: EMF registers validators globally) whose secrets come from a map
 * chosen by each test, plus helpers to load text.
 */
public final class TestLanguage {
    /** The application note's device: i2uqc2dloOl/device001. */
    public static final String NOTE_DEVICE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    /** Only the device secret is printed in full in the note; its product secrets are masked. */
    public static final Map<String, String> NOTE_SECRETS = Map.of("i2uqc2dloOl/device001", NOTE_DEVICE_SECRET);

    /** Secrets by name; tests choose them with {@link #withSecrets}. */
    public static final class MapSecrets implements SecretResolver {
        private volatile Map<String, String> secrets = NOTE_SECRETS;

        @Override
        public Optional<String> resolve(String name, Path scriptDir) {
            return Optional.ofNullable(secrets.get(name));
        }

        @Override
        public String hint(String name) {
            return "the test secrets lack " + name;
        }
    }

    private static final MapSecrets SECRETS = new MapSecrets();
    private static final Injector INJECTOR = new AtFlowStandaloneSetup() {
        @Override
        public Injector createInjector() {
            return Guice.createInjector(Modules.override(new AtFlowRuntimeModule())
                    .with(b -> b.bind(SecretResolver.class).toInstance(SECRETS)));
        }
    }.createInjectorAndDoEMFRegistration();
    private static final TestLanguage INSTANCE = new TestLanguage();

    private TestLanguage() {
    }

    /** The shared test language with the given secrets in force from now on. */
    public static TestLanguage withSecrets(Map<String, String> secrets) {
        SECRETS.secrets = Map.copyOf(secrets);
        return INSTANCE;
    }

    public static TestLanguage withNoteSecrets() {
        return withSecrets(NOTE_SECRETS);
    }

    public Injector injector() {
        return INJECTOR;
    }

    public LoadedScript load(String text) {
        return INJECTOR.getInstance(ScriptLoader.class).load("test.atflow", URI.createURI("memory:/test.atflow"), text);
    }

    public List<Diagnostic> diagnostics(String text) {
        return load(text).diagnostics();
    }

    /** Codes of the diagnostics of {@code text}, in order. */
    public List<String> codes(String text) {
        return diagnostics(text).stream().map(Diagnostic::code).toList();
    }
}
