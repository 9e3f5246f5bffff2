package io.atflow.ui.editor.reconcile;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.lang.ide.folding.FoldingRegion;
import io.atflow.lang.ide.folding.FoldingRegions;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.symbols.ScriptOutline;
import io.atflow.lang.validation.incremental.ValidationMemo;
import io.atflow.ui.AtFlowUi;
import io.atflow.ui.editor.highlighting.SemanticTokens;
import io.atflow.ui.language.Problem;
import io.atflow.ui.language.ScriptDocuments;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;
import io.atflow.ui.markers.MarkerUpdates;

/**
 * One reconcile, on the reconciler's thread: parse the document's text, validate it (again only where the edit since
 * the last reconcile can have changed the outcome), show its problems, compute semantic highlighting, folding and
 * outline, then report. The problems become annotations at once (the editor's {@link ScriptAnnotationModel} leaves
 * ATFlow's problem markers out) and, for workspace files, markers for the Problems view. A document change cancels
 * the run.
 */
public final class ScriptReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
    private final ISourceViewer viewer;
    private final Consumer<ReconcileResult> listener;
    private final ScriptLanguage language;
    private IDocument document;
    private IProgressMonitor monitor = new NullProgressMonitor();
    private Target target;
    /** The last snapshot validated: its validation memo goes to the next one. */
    private ScriptSnapshot previous;

    /** Where a document's problems go, found once per document. */
    private record Target(URI uri, IFile file) {
    }

    public ScriptReconcilingStrategy(ISourceViewer viewer, Consumer<ReconcileResult> listener, ScriptLanguage language) {
        this.viewer = viewer;
        this.listener = listener;
        this.language = language;
    }

    @Override
    public void setDocument(IDocument doc) {
        this.document = doc;
        this.target = null;
        this.previous = null;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor progressMonitor) {
        this.monitor = progressMonitor;
    }

    @Override
    public void initialReconcile() {
        run();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        run();
    }

    @Override
    public void reconcile(IRegion partition) {
        run();
    }

    private void run() {
        try {
            check();
        } catch (OperationCanceledError e) {
            // the text changed while it was checked: the reconciler checks the new text next. Escaping here (an Error)
            // would end the reconciler's delayed startup job, and the editor would never be checked again
        } catch (RuntimeException e) {
            AtFlowUi.log("Checking " + (target == null ? "a script" : target.uri().lastSegment())
                    + " failed; the editor shows the last results", e);
        }
    }

    private void check() {
        IDocument doc = document;
        if (doc == null) {
            return;
        }
        long stamp;
        String text;
        do {
            stamp = ScriptDocuments.stamp(doc);
            text = doc.get();
        } while (stamp != ScriptDocuments.stamp(doc));
        if (target == null) {
            target = new Target(ScriptDocuments.uriOf(doc), ScriptDocuments.fileOf(doc));
        }
        long at = stamp;
        CancelIndicator cancel = () -> monitor.isCanceled() || ScriptDocuments.stamp(doc) != at;
        ScriptSnapshot snapshot = language.parse(target.uri(), text, stamp);
        if (previous != null && previous.resource() != null && snapshot.resource() != null) {
            // the checks of the elements the edit left alone are not run again (the outcome of a full validation)
            ValidationMemo.carryOver(previous.resource(), snapshot.resource());
        }
        if (snapshot.resource() != null) {
            previous = snapshot;
        }
        List<Problem> problems = language.validate(snapshot, cancel);
        if (problems == null || cancel.isCanceled()) {
            return;
        }
        // problems first: the annotations wait for nothing else (highlighting, folding and outline follow)
        ScriptDocuments.publish(doc, snapshot);
        IAnnotationModel model = viewer.getAnnotationModel();
        if (model != null) {
            ProblemAnnotations.show(model, problems); // at once: the editor's model leaves ATFlow's markers out
        }
        if (target.file() != null) {
            MarkerUpdates.post(target.file(), problems); // for the Problems view, by a workspace job
        }
        List<StyledToken> semantic = SemanticTokens.of(language, snapshot, cancel);
        List<FoldingRegion> folding = snapshot.isParsed() ? FoldingRegions.of(snapshot.resource()) : List.of();
        List<DocumentSymbol> outline = snapshot.isParsed() ? ScriptOutline.symbols(snapshot.resource()) : List.of();
        if (cancel.isCanceled()) {
            return;
        }
        if (listener != null) {
            listener.accept(new ReconcileResult(snapshot, problems, semantic, folding, outline));
        }
    }
}
