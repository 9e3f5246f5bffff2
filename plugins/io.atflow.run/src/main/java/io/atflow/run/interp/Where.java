package io.atflow.run.interp;

import org.eclipse.emf.ecore.EObject;

/**
 * The {@code file:line} of a statement, looked up in the node model only when a message needs it (a failure, a retry,
 * a stop): a {@code send} that passes never asks, and the lookup was a measurable part of each one. Used by the run's
 * thread.
 */
final class Where {
    private final Locations locations;
    private final EObject statement;
    private String text;

    Where(Locations locations, EObject statement) {
        this.locations = locations;
        this.statement = statement;
    }

    /** {@code file:line}, as {@link Locations#of} gives it. */
    String get() {
        String t = text;
        if (t == null) {
            t = locations.of(statement);
            text = t;
        }
        return t;
    }

    @Override
    public String toString() {
        return get();
    }
}
