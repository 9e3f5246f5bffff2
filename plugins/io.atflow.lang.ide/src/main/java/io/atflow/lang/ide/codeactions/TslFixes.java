package io.atflow.lang.ide.codeactions;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslViolation.Problem;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.validation.ThingModelPayloads;

/**
 * Thing model fixes where the right text is known: the model's identifier for a misspelt one ({@code Tmp} →
 * {@code Temp}), {@code 23} → {@code 23.0} for a float, the topic's {@code method}, {@code "1.0"} for the version, a
 * text value in quotes, the topic's {@code "method"} added to a payload without one. The violation at the
 * diagnostic's place is found again with {@link ThingModelPayloads}.
 */
final class TslFixes {
    private TslFixes() {
    }

    static List<QuickFix> suggestion(QuickFixContext ctx, Script script, StaticEvaluator eval, ThingModel model) {
        if (model == null) {
            return List.of();
        }
        for (ThingModelPayloads.Located l : ThingModelPayloads.of(script, eval, model)) {
            if (l.violation() != null && l.violation().problem() == Problem.NO_METHOD && l.code().equals(ctx.code())
                    && l.offset() == ctx.offset()) {
                return addMethod(l);
            }
            if (l.violation() != null && l.violation().suggestion() != null && l.code().equals(ctx.code())
                    && l.offset() == ctx.offset()) {
                String text = l.target() instanceof StringLiteral ? l.violation().suggestion().replace("\"", "\\\"")
                        : l.violation().suggestion();
                return List.of(QuickFix.of("Change to " + l.violation().suggestion(), ctx.code(), ctx.offset(),
                        l.length(), text));
            }
        }
        return List.of();
    }

    /** {@code "method":"<the topic's>",} right after the payload's opening brace. */
    private static List<QuickFix> addMethod(ThingModelPayloads.Located l) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(l.target(), l.feature());
        int brace = nodes.isEmpty() ? -1 : nodes.get(0).getText().indexOf('{');
        if (brace < 0) {
            return List.of();
        }
        String member = "\"method\":" + l.violation().suggestion() + ",";
        String text = l.target() instanceof StringLiteral ? member.replace("\"", "\\\"") : member;
        return List.of(QuickFix.of("Add \"method\":" + l.violation().suggestion(), l.code(),
                nodes.get(0).getOffset() + brace + 1, 0, text));
    }
}
