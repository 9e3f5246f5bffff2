package io.atflow.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Whether a token was cut short by a slip that a syntax error already describes: {@code send AT+QMTOPEN =0,...}
 * (the command ends at the blank) or {@code expect Quectel} (the pattern is the word {@code Q}). Checking the cut
 * piece on its own would only add a misleading second message.
 */
final class SyntaxCut {
    private SyntaxCut() {
    }

    /** True when a syntax error starts inside the token of {@code feature} or right after it (blanks between). */
    static boolean at(EObject o, EStructuralFeature feature) {
        if (o.eResource() == null || o.eResource().getErrors().isEmpty()) {
            return false;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
        if (nodes.isEmpty()) {
            return false;
        }
        INode node = nodes.get(0);
        String text = node.getRootNode().getText();
        int last = node.getEndOffset();
        while (last < text.length() && (text.charAt(last) == ' ' || text.charAt(last) == '\t')) {
            last++;
        }
        int from = node.getOffset();
        int to = last;
        return o.eResource().getErrors().stream().anyMatch(d -> d instanceof Diagnostic x && x.getOffset() >= from
                && x.getOffset() <= to);
    }
}
