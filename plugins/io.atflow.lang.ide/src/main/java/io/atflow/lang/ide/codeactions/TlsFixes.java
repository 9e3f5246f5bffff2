package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.tls.TlsFinding;
import io.atflow.lang.tls.TlsTrace;

/**
 * Fixes of the TLS set-up where the right text is known ({@link TlsTrace} computes it): the context id or file name
 * the script configured, securemode=2, or the missing AT+QMTCFG="ssl" / AT+QNTP lines inserted before the command
 * that needs them.
 */
final class TlsFixes {
    private TlsFixes() {
    }

    static List<QuickFix> fix(QuickFixContext ctx, StaticEvaluator eval) {
        Script script = (Script) ctx.resource().getContents().get(0);
        for (TlsFinding f : TlsTrace.of(script, eval)) {
            int base = QuickFixContext.offsetOf(f.send(), Literals.SEND__COMMAND);
            int at = f.arg() == null ? base : base + f.arg().offset();
            if (at != ctx.offset()) {
                continue;
            }
            if (f.replacement() != null) {
                return List.of(QuickFix.of("Write " + f.replacement(), ctx.code(), at, f.arg().raw().length(),
                        f.replacement()));
            }
            if (f.insertBefore() != null) {
                return List.of(insert(ctx, f));
            }
        }
        return List.of();
    }

    private static QuickFix insert(QuickFixContext ctx, TlsFinding f) {
        String all = ctx.resource().getParseResult().getRootNode().getText();
        ICompositeNode node = NodeModelUtils.findActualNodeFor(f.insertBefore());
        int lineStart = all.lastIndexOf('\n', node.getOffset() - 1) + 1;
        String indent = all.substring(lineStart, node.getOffset());
        if (!indent.isBlank()) {
            indent = "";
            lineStart = node.getOffset();
        }
        StringBuilder text = new StringBuilder();
        for (String line : f.insertion().split("\n")) {
            text.append(indent).append(line).append('\n');
        }
        String first = f.insertion().split("\n")[0];
        return new QuickFix("Insert " + first.substring("send ".length()), ctx.code(),
                List.of(new QuickFix.Edit(lineStart, 0, text.toString())),
                Map.of(QuickFix.DESCRIPTION, "Inserts " + f.insertion().replace("\n", "; ") + " before "
                        + f.insertBefore().getCommand() + "."));
    }
}
