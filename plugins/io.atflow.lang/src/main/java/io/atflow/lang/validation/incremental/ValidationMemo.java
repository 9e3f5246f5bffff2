package io.atflow.lang.validation.incremental;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What the last validation of a script found, per top-level element (keyed by the element's text), so that the next
 * validation re-runs the checks only where an edit can have changed their outcome. Attached to the resource; a new
 * resource of the same script (a fresh parse of the edited text) can take it over with {@link #carryOver}.
 */
public final class ValidationMemo extends AdapterImpl {
    /** Results of the last validation by element text; replaced wholesale by every validation. */
    Map<String, ElementResult> results = new HashMap<>();
    /** The script-wide facts the element checks read, as of the last validation. */
    List<String> signature;
    /** Incremented whenever {@link #signature} changes: results of an older generation are stale. */
    long generation;
    /** How many top-level elements the last validation checked again (the others' issues were moved). */
    int checked;

    /** The memo of {@code resource}, attached on first use. */
    public static ValidationMemo of(Resource resource) {
        for (Object a : resource.eAdapters()) {
            if (a instanceof ValidationMemo m) {
                return m;
            }
        }
        ValidationMemo m = new ValidationMemo();
        resource.eAdapters().add(m);
        return m;
    }

    /**
     * Lets {@code to}, a new parse of the script {@code from} held, reuse what validating {@code from} found. The memo
     * moves: {@code from} must not be validated again.
     */
    public static void carryOver(Resource from, Resource to) {
        if (from == null || to == null || from == to) {
            return;
        }
        ValidationMemo old = null;
        for (Object a : from.eAdapters()) {
            if (a instanceof ValidationMemo m) {
                old = m;
            }
        }
        if (old == null) {
            return;
        }
        from.eAdapters().remove(old);
        to.eAdapters().removeIf(ValidationMemo.class::isInstance);
        to.eAdapters().add(old);
    }

    /** How many top-level elements the last validation checked again; the others' earlier issues were reused. */
    public int checkedLastTime() {
        return checked;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == ValidationMemo.class;
    }
}
