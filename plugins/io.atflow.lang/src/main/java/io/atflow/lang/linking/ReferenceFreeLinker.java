package io.atflow.lang.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's lazy linker, which walks the whole model after every parse and every partial reparse to install proxies for
 * cross-references. ATFlow refers to names by their text (the validator resolves them): there are none to install, so
 * the walk is skipped and an edit of a long script costs only its reparse.
 */
public class ReferenceFreeLinker extends LazyLinker {
    @Override
    public void linkModel(EObject model, IDiagnosticConsumer diagnosticsConsumer) {
        if (model.eResource() == null || CrossReferences.exist(model.eResource())) {
            super.linkModel(model, diagnosticsConsumer);
        }
    }
}
