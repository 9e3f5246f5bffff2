package io.atflow.ui.editor.outline;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

import io.atflow.ui.editor.ScriptEditor;

/**
 * Quick Outline (Ctrl+O): the outline in a popup with a filter field; typing narrows it to matching names (and their
 * parents), Enter or a click goes to the element.
 */
public final class QuickOutline extends PopupDialog {
    private final ScriptEditor editor;
    private final List<DocumentSymbol> symbols;
    private Text filter;
    private TreeViewer viewer;

    public QuickOutline(Shell parent, ScriptEditor editor, List<DocumentSymbol> symbols) {
        super(parent, SWT.RESIZE, true, true, true, false, false, "", "Enter or click goes to the element");
        this.editor = editor;
        this.symbols = symbols;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        filter = new Text(parent, SWT.SINGLE | SWT.SEARCH);
        filter.setMessage("Filter outline");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> {
            viewer.refresh();
            viewer.expandAll();
            selectFirst();
        });
        filter.addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                go();
            } else if (e.keyCode == SWT.ARROW_DOWN) {
                viewer.getTree().setFocus();
            }
        }));
        return filter;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new OutlineContent());
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new OutlineLabels()));
        viewer.addFilter(new NameFilter());
        viewer.setAutoExpandLevel(2);
        viewer.setInput(symbols);
        Tree tree = viewer.getTree();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        viewer.addOpenListener(e -> go());
        tree.addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                go();
            }
        }));
        return tree;
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }

    @Override
    protected Point getDefaultSize() {
        return new Point(460, 360);
    }

    private void selectFirst() {
        Object[] roots = ((ITreeContentProvider) viewer.getContentProvider()).getElements(viewer.getInput());
        for (Object r : roots) {
            if (viewer.getFilters()[0].select(viewer, viewer.getInput(), r)) {
                Object match = firstMatch(r);
                viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(match), true);
                return;
            }
        }
    }

    private Object firstMatch(Object element) {
        if (matches(element)) {
            return element;
        }
        for (Object c : ((ITreeContentProvider) viewer.getContentProvider()).getChildren(element)) {
            if (viewer.getFilters()[0].select(viewer, element, c)) {
                return firstMatch(c);
            }
        }
        return element;
    }

    private boolean matches(Object element) {
        String f = filter == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() || (element instanceof DocumentSymbol s && s.getName().toLowerCase(Locale.ROOT).contains(f));
    }

    private void go() {
        if (viewer.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol d) {
            close();
            editor.reveal(d);
        }
    }

    /** Keeps matching elements and the parents of matching elements. */
    private final class NameFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            if (matches(element)) {
                return true;
            }
            for (Object c : ((ITreeContentProvider) viewer.getContentProvider()).getChildren(element)) {
                if (select(v, element, c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
