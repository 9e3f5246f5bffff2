package io.atflow.lang.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Send;

/** Position of statements among their siblings (a block's statements or the script's elements). */
public final class StatementOrder {
    private StatementOrder() {
    }

    /** The nearest {@code send} before {@code statement} in the same list, or null. */
    public static Send previousSend(EObject statement) {
        EObject container = statement.eContainer();
        if (container == null || statement.eContainmentFeature() == null || !statement.eContainmentFeature().isMany()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<EObject> siblings = (List<EObject>) container.eGet(statement.eContainmentFeature());
        for (int i = siblings.indexOf(statement) - 1; i >= 0; i--) {
            if (siblings.get(i) instanceof Send s) {
                return s;
            }
        }
        return null;
    }
}
