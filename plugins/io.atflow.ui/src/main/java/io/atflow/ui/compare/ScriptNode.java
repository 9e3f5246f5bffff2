package io.atflow.ui.compare;

import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DocumentRangeNode;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.graphics.Image;

import io.atflow.ui.editor.outline.OutlineLabels;
import io.atflow.ui.language.ScriptLanguage;

/**
 * One element of a script in a compare's structure: a range of the document, paired with the same element of the
 * other version by its kind and {@link StructureKeys key}, shown with the outline's name and icon.
 */
public final class ScriptNode extends DocumentRangeNode implements ITypedElement {
    /** The type code of the whole script. */
    public static final int SCRIPT = -1;
    /** The type code of an element's head. */
    public static final int HEAD = -2;
    private static final OutlineLabels LABELS = new OutlineLabels();
    private final DocumentSymbol symbol;
    private final String name;

    /** The whole script. */
    ScriptNode(IDocument document, String name) {
        super(SCRIPT, "script", document, 0, document.getLength());
        this.symbol = null;
        this.name = name;
    }

    /** An element: its symbol, unique key among its siblings and range. */
    ScriptNode(ScriptNode parent, DocumentSymbol symbol, String key, IDocument document, int start, int length) {
        super(parent, symbol.getKind().getValue(), key, document, start, length);
        this.symbol = symbol;
        this.name = symbol.getName();
        parent.addChild(this);
    }

    /**
     * The head of an element with children, up to its first child ({@code step "connect" timeout 2m {}), so that a
     * changed timeout or retry count shows as a change of the step.
     */
    ScriptNode(ScriptNode parent, String head, IDocument document, int start, int length) {
        super(parent, HEAD, "head", document, start, length);
        this.symbol = parent.symbol;
        this.name = head;
        parent.addChild(this);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Image getImage() {
        return symbol == null ? null : LABELS.getImage(symbol);
    }

    @Override
    public String getType() {
        return ScriptLanguage.EXTENSION;
    }
}
