package io.atflow.lang.ide.codeactions;

import java.util.List;

import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.validation.ThingModelPayloads;

/**
 * Thing model fixes where the right text is known: the model's identifier for a misspelt one ({@code Tmp} →
 * {@code Temp}), {@code 23} → {@code 23.0} for a float, the topic's {@code method}, {@code "1.0"} for the version, a
 * text value in quotes. The violation at the diagnostic's place is found again with {@link ThingModelPayloads}.
 */
final class TslFixes {
    private TslFixes() {
    }

    static List<QuickFix> suggestion(QuickFixContext ctx, Script script, StaticEvaluator eval, ThingModel model) {
        if (model == null) {
            return List.of();
        }
        for (ThingModelPayloads.Located l : ThingModelPayloads.of(script, eval, model)) {
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
}
