package io.atflow.ui.editor.outline;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * The outline tree: the language's document symbols ({@code ScriptOutline}). Elements compare by kind and name, so
 * expansion and selection survive the new symbols of each reconcile.
 */
public final class OutlineContent implements ITreeContentProvider {
    public static final IElementComparer COMPARER = new IElementComparer() {
        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof DocumentSymbol x && b instanceof DocumentSymbol y ? x.getKind() == y.getKind()
                    && Objects.equals(x.getName(), y.getName()) : Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object o) {
            return o instanceof DocumentSymbol s ? Objects.hash(s.getKind(), s.getName()) : Objects.hashCode(o);
        }
    };

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> l ? l.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof DocumentSymbol s && s.getChildren() != null ? s.getChildren().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof DocumentSymbol s && s.getChildren() != null && !s.getChildren().isEmpty();
    }
}
