package io.atflow.lang.ide.folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.atflow.lang.atFlow.Block;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.atFlow.TextBlock;

/**
 * Folding regions of a script: steps, devices, products, blocks of {@code if}/{@code on}, payloads and text blocks
 * that span lines, block comments and runs of two or more line comments.
 */
public final class FoldingRegions {
    private FoldingRegions() {
    }

    public static List<FoldingRegion> of(XtextResource resource) {
        if (resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return List.of();
        }
        ICompositeNode root = resource.getParseResult().getRootNode();
        String text = root.getText();
        List<FoldingRegion> out = new ArrayList<>();
        if (!resource.getContents().isEmpty()) {
            for (TreeIterator<EObject> it = resource.getContents().get(0).eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof Step || o instanceof Device || o instanceof Product || o instanceof PayloadDecl
                        || o instanceof TextBlock || (o instanceof Block && !(o.eContainer() instanceof Step))) {
                    ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
                    if (node != null) {
                        add(out, text, node.getOffset(), node.getEndOffset(), false);
                    }
                }
            }
        }
        comments(root, text, out);
        out.sort(Comparator.comparingInt(FoldingRegion::offset));
        return out;
    }

    private static void comments(ICompositeNode root, String text, List<FoldingRegion> out) {
        int runStart = -1;
        int runEnd = -1;
        int runLines = 0;
        for (ILeafNode leaf : root.getLeafNodes()) {
            String t = leaf.getText();
            if (!leaf.isHidden()) {
                runLines = flush(out, text, runStart, runEnd, runLines);
                runStart = -1;
                continue;
            }
            if (t.startsWith("/*")) {
                runLines = flush(out, text, runStart, runEnd, runLines);
                runStart = -1;
                add(out, text, leaf.getOffset(), leaf.getEndOffset(), true);
            } else if (t.startsWith("//")) {
                if (runStart < 0) {
                    runStart = leaf.getOffset();
                }
                runEnd = leaf.getEndOffset();
                runLines++;
            } else if (t.indexOf('\n') >= 0) {
                // a line comment ends with its line break: more line breaks mean a blank line, which ends a run
                runLines = flush(out, text, runStart, runEnd, runLines);
                runStart = -1;
            }
        }
        flush(out, text, runStart, runEnd, runLines);
    }

    private static int flush(List<FoldingRegion> out, String text, int start, int end, int lines) {
        if (start >= 0 && lines >= 2) {
            add(out, text, start, end, true);
        }
        return 0;
    }

    private static void add(List<FoldingRegion> out, String text, int start, int end, boolean comment) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (text.substring(start, end).indexOf('\n') >= 0) {
            out.add(new FoldingRegion(start, end - start, comment));
        }
    }
}
