package io.atflow.lang.ide;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/** The token (leaf node) at a document offset and the model element it belongs to. */
public record TokenAt(ILeafNode leaf, EObject element, int offsetInToken) {

    /** The token covering {@code offset} (or ending at it), or null for whitespace and empty documents. */
    public static TokenAt find(XtextResource resource, int offset) {
        IParseResult result = resource.getParseResult();
        if (result == null || result.getRootNode() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(result.getRootNode(), offset);
        if ((leaf == null || leaf.isHidden()) && offset > 0) {
            leaf = NodeModelUtils.findLeafNodeAtOffset(result.getRootNode(), offset - 1);
        }
        if (leaf == null || leaf.isHidden()) {
            return null;
        }
        EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
        return new TokenAt(leaf, element, offset - leaf.getOffset());
    }

    public String text() {
        return leaf.getText();
    }

    public int offset() {
        return leaf.getOffset();
    }
}
