package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.model.StatementOrder;

/** Moves an {@code on} handler written below steps above the first step (and the comment lines just above it). */
final class HandlerFixes {
    static final String TITLE = "Move the handler above the first step";

    private HandlerFixes() {
    }

    static List<QuickFix> moveUp(QuickFixContext ctx) {
        Handler h = ctx.element(Handler.class);
        List<Step> steps = h == null ? List.of() : StatementOrder.stepsAbove(h);
        if (steps.isEmpty()) {
            return List.of();
        }
        List<EObject> before = StatementOrder.before(h);
        EObject previous = before.get(before.size() - 1);
        Step first = steps.get(0);
        String all = ctx.resource().getParseResult().getRootNode().getText();
        ICompositeNode handler = NodeModelUtils.findActualNodeFor(h);
        ICompositeNode above = NodeModelUtils.findActualNodeFor(previous);
        String text = all.substring(handler.getOffset(), handler.getEndOffset());
        int insertAt = commentBlockStart(all, NodeModelUtils.findActualNodeFor(first).getOffset());
        return List.of(new QuickFix(TITLE, ctx.code(), List.of(new QuickFix.Edit(insertAt, 0, text + "\n\n"),
                new QuickFix.Edit(above.getEndOffset(), handler.getEndOffset() - above.getEndOffset(), "")),
                Map.of(QuickFix.DESCRIPTION, "Moves " + text + " above the first step, so that it guards every step.")));
    }

    /** The start of the line at {@code offset}, moved up over directly preceding {@code //} comment lines. */
    static int commentBlockStart(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        while (start > 0) {
            int prev = text.lastIndexOf('\n', start - 2) + 1;
            if (!text.substring(prev, start).strip().startsWith("//")) {
                break;
            }
            start = prev;
        }
        return start;
    }
}
