package io.atflow.lang.ide.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.atflow.lang.AtFlowRuntimeModule;
import io.atflow.lang.ide.AtFlowIdeModule;
import io.atflow.lang.ide.AtFlowIdeSetup;
import io.atflow.lang.secrets.SecretResolver;

/** One IDE injector per test JVM (EMF registers globally) with secrets chosen by each test. */
public final class IdeTestLanguage {
    public static final Map<String, String> NOTE_SECRETS = Map.of("i2uqc2dloOl/device001", "c4fa40df9c8078073d75a26be2bc8f58");
    private static volatile Map<String, String> secrets = NOTE_SECRETS;

    private static final SecretResolver RESOLVER = new SecretResolver() {
        @Override
        public Optional<String> resolve(String name, Path scriptDir) {
            return Optional.ofNullable(secrets.get(name));
        }

        @Override
        public String hint(String name) {
            return "the test secrets lack " + name;
        }
    };

    public static final Injector INJECTOR = new AtFlowIdeSetup() {
        @Override
        public Injector createInjector() {
            return Guice.createInjector(Modules.override(Modules2.mixin(new AtFlowRuntimeModule(), new AtFlowIdeModule()))
                    .with(b -> b.bind(SecretResolver.class).toInstance(RESOLVER)));
        }
    }.createInjectorAndDoEMFRegistration();

    private IdeTestLanguage() {
    }

    public static void secrets(Map<String, String> values) {
        secrets = Map.copyOf(values);
    }

    public static XtextResource parse(String text) {
        return parse(text, URI.createURI("memory:/test.atflow"));
    }

    /** {@code text} as if it were the file {@code uri} (its includes and thing model resolve next to it). */
    public static XtextResource parse(String text, URI uri) {
        XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource r = (XtextResource) set.createResource(uri);
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }
}
