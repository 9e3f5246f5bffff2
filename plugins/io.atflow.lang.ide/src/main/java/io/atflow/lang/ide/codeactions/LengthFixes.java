package io.atflow.lang.ide.codeactions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.StaticEvaluator;

/** Corrects a length argument to the byte count of the data written after the prompt or CONNECT. */
final class LengthFixes {
    private LengthFixes() {
    }

    static List<QuickFix> length(QuickFixContext ctx, StaticEvaluator eval) {
        QuickFixContext.Command c = ctx.command();
        if (c == null) {
            return List.of();
        }
        Expression value = c.send().getData() instanceof Prompt p ? p.getValue()
                : c.send().getData() instanceof ConnectData d ? d.getValue() : null;
        Optional<String> data = value == null ? Optional.empty() : eval.value(value);
        if (data.isEmpty()) {
            return List.of();
        }
        int bytes = data.get().getBytes(StandardCharsets.UTF_8).length;
        for (AtArgument a : c.text().args()) {
            if (c.offset() + a.offset() == ctx.offset()) {
                return List.of(QuickFix.of("Announce " + bytes + " bytes", ctx.code(), ctx.offset(), a.raw().length(),
                        Integer.toString(bytes)));
            }
        }
        return List.of();
    }
}
