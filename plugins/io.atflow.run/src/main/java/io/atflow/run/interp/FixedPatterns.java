package io.atflow.run.interp;

import org.eclipse.emf.ecore.EObject;

/**
 * The compiled patterns of one run that have no {@code ${...}} placeholder, by their text: such a pattern compiles to
 * the same regular expression wherever it stands ({@code expect OK} on every line of a script), so it is parsed and
 * compiled once. Patterns with placeholders take the values of the moment and are compiled each time. Bounded: the
 * least recently used pattern goes beyond {@link #LIMIT}. Used by the run's thread.
 */
final class FixedPatterns {
    static final int LIMIT = 256;

    private final Lru<String, CompiledPattern> compiled = new Lru<>(LIMIT);

    /** As {@link CompiledPattern#compile}; a pattern that fails to compile fails each time, located at {@code where}. */
    CompiledPattern compile(String text, Evaluator eval, Locations locations, EObject where) {
        if (!fixed(text)) {
            return CompiledPattern.compile(text, eval, locations, where);
        }
        CompiledPattern p = compiled.get(text);
        if (p == null) {
            p = CompiledPattern.compile(text, eval, locations, where);
            compiled.put(text, p);
        }
        return p;
    }

    /** Whether a pattern of {@code text} compiles the same wherever and whenever it stands: no {@code ${...}} in it. */
    static boolean fixed(String text) {
        return !text.contains("${");
    }

    int size() {
        return compiled.size();
    }
}
