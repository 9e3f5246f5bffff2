package io.atflow.lang;

import com.google.inject.Injector;

import io.atflow.lang.load.ScriptLoader;
import io.atflow.lang.formatting.ScriptFormatter;

/**
 * Entry point for headless users (CLI, interpreter, tests): one shared injector of the ATFlow language.
 */
public final class AtFlowLanguage {
    private AtFlowLanguage() {
    }

    private static final class Holder {
        static final Injector INJECTOR = new AtFlowStandaloneSetup().createInjectorAndDoEMFRegistration();
    }

    public static Injector injector() {
        return Holder.INJECTOR;
    }

    public static ScriptLoader loader() {
        return injector().getInstance(ScriptLoader.class);
    }

    public static ScriptFormatter formatter() {
        return injector().getInstance(ScriptFormatter.class);
    }
}
