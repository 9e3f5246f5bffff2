package io.atflow.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every {@code .atflow} document (editors, compare viewers) the ATFlow partitioning. */
public class ScriptDocumentSetup implements IDocumentSetupParticipant {

    @Override
    public void setup(IDocument document) {
        ScriptPartitions.install(document);
    }
}
