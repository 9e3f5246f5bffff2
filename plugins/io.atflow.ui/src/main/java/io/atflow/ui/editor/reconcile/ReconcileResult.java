package io.atflow.ui.editor.reconcile;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;

import io.atflow.lang.ide.folding.FoldingRegion;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptSnapshot;

/**
 * Everything one reconcile computed off the UI thread for a document state: its problems, semantic highlighting
 * (disjoint, in order), folding regions and outline.
 */
public record ReconcileResult(ScriptSnapshot snapshot, List<Problem> problems, List<StyledToken> semantic,
        List<FoldingRegion> folding, List<DocumentSymbol> outline) {
}
