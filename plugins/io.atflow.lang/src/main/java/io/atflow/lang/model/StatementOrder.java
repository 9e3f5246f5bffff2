package io.atflow.lang.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Step;

/** Position of statements among their siblings (a block's statements or the script's elements). */
public final class StatementOrder {
    private StatementOrder() {
    }

    /** The nearest {@code send} before {@code statement} in the same list, or null. */
    public static Send previousSend(EObject statement) {
        List<EObject> before = before(statement);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i) instanceof Send s) {
                return s;
            }
        }
        return null;
    }

    /** The steps written above a top-level {@code statement} of the script, in order (none inside a block). */
    public static List<Step> stepsAbove(EObject statement) {
        if (!(statement.eContainer() instanceof Script)) {
            return List.of();
        }
        return before(statement).stream().filter(Step.class::isInstance).map(Step.class::cast).toList();
    }

    /** The siblings before {@code statement} in its list (a block's statements or the script's elements). */
    public static List<EObject> before(EObject statement) {
        EObject container = statement.eContainer();
        if (container == null || statement.eContainmentFeature() == null || !statement.eContainmentFeature().isMany()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<EObject> siblings = (List<EObject>) container.eGet(statement.eContainmentFeature());
        return siblings.subList(0, Math.max(0, siblings.indexOf(statement)));
    }
}
