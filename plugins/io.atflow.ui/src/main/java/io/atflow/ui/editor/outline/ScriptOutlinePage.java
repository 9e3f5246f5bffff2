package io.atflow.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.atflow.ui.editor.ScriptEditor;

/**
 * The Outline view of a script: steps with their commands and awaits, identities, payloads, variables, handlers and
 * includes. Updated after each reconcile; selecting an element reveals it, moving the caret selects its element.
 */
public final class ScriptOutlinePage extends ContentOutlinePage {
    private final ScriptEditor editor;
    private List<DocumentSymbol> symbols = List.of();
    private boolean linking;

    public ScriptOutlinePage(ScriptEditor editor) {
        this.editor = editor;
        this.symbols = editor.symbols();
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new OutlineContent());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels()));
        viewer.setComparer(OutlineContent.COMPARER);
        viewer.setAutoExpandLevel(2);
        viewer.setInput(symbols);
    }

    /** Shows new symbols (UI thread), keeping what was expanded. */
    public void update(List<DocumentSymbol> newSymbols) {
        symbols = newSymbols;
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.getControl().setRedraw(false);
        try {
            linking = true;
            viewer.setInput(newSymbols);
            viewer.setExpandedElements(expanded);
        } finally {
            linking = false;
            viewer.getControl().setRedraw(true);
        }
    }

    public List<DocumentSymbol> symbols() {
        return symbols;
    }

    /** Selects the element at a document offset (link with editor). */
    public void select(IDocument document, int offset) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        DocumentSymbol s = SymbolRanges.innermost(document, symbols, offset);
        linking = true;
        try {
            viewer.setSelection(s == null ? StructuredSelection.EMPTY : new StructuredSelection(s), true);
        } finally {
            linking = false;
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (!linking && event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol d) {
            editor.reveal(d);
        }
    }
}
