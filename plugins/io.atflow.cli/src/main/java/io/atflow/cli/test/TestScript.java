package io.atflow.cli.test;

import io.atflow.lang.atFlow.Element;
import io.atflow.lang.atFlow.ProfileDecl;
import io.atflow.lang.load.LoadedScript;

/**
 * A script to run as a test, loaded and validated once.
 *
 * @param path    as reports name it (as found: relative when the folder was given relative)
 * @param loaded  the script with its diagnostics
 * @param profile the module profile its {@code profile} statement asks for; null: any module
 */
record TestScript(String path, LoadedScript loaded, String profile) {

    static TestScript of(LoadedScript loaded) {
        String profile = null;
        if (loaded.script() != null) {
            for (Element e : loaded.script().getElements()) {
                if (e instanceof ProfileDecl p && p.getName() != null) {
                    profile = p.getName();
                }
            }
        }
        return new TestScript(loaded.path(), loaded, profile);
    }

    /** {@code examples.7-property-post}: the path without {@code .atflow}, folders as packages (JUnit classname). */
    String className() {
        String p = path.replace('\\', '/');
        if (p.endsWith(".atflow")) {
            p = p.substring(0, p.length() - ".atflow".length());
        }
        while (p.startsWith("./") || p.startsWith("../")) {
            p = p.substring(p.indexOf('/') + 1);
        }
        return p.replace('/', '.');
    }
}
