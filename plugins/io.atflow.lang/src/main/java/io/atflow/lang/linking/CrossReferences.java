package io.atflow.lang.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/** Whether a resource's language has cross-references at all (ATFlow refers to names by text: it has none). */
public final class CrossReferences {
    private CrossReferences() {
    }

    /** True when the language of the resource's model has references other than containment. */
    public static boolean exist(Resource resource) {
        if (resource.getContents().isEmpty()) {
            return false;
        }
        EPackage p = resource.getContents().get(0).eClass().getEPackage();
        return in(p); // a few dozen classes: cheaper than a walk over the model
    }

    private static boolean in(EPackage p) {
        for (EClassifier c : p.getEClassifiers()) {
            if (c instanceof EClass e) {
                for (EReference r : e.getEAllReferences()) {
                    if (!r.isContainment() && !r.isContainer()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
