package io.atflow.lang.ide.codeactions;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.StaticEvaluator;
import io.atflow.lang.validation.SecretValidator;

/**
 * Replaces a literal secret with a {@code secret("...")} reference. The value travels in the fix's data so that the
 * editor can store it (Eclipse secure storage); the file never keeps it.
 */
final class SecretFixes {
    private SecretFixes() {
    }

    static List<QuickFix> literal(QuickFixContext ctx, StaticEvaluator eval) {
        Field field = ctx.element(Field.class);
        if (field != null && SecretValidator.SECRET_FIELDS.contains(field.getKey())) {
            String value = field.getValue() instanceof StringLiteral s ? s.getValue()
                    : field.getValue() instanceof TextBlock t ? t.getValue() : null;
            if (value == null) {
                return List.of();
            }
            String name = SecretValidator.suggestedName(field, eval);
            INode node = NodeModelUtils.findActualNodeFor(field.getValue());
            return List.of(fix(ctx, name, value, node.getOffset(), node.getLength(), "secret(\"" + name + "\")"));
        }
        QuickFixContext.Command c = ctx.command();
        if (c == null || !"aliauth".equals(c.text().subKey()) || c.text().args().size() <= SecretValidator.ALIAUTH_SECRET) {
            return List.of();
        }
        AtArgument ds = c.text().arg(SecretValidator.ALIAUTH_SECRET);
        String name = SecretValidator.aliauthName(c.text(), eval);
        return List.of(fix(ctx, name, ds.value(), c.offset() + ds.offset(), ds.raw().length(),
                "\"${secret(\"" + name + "\")}\""));
    }

    private static QuickFix fix(QuickFixContext ctx, String name, String value, int offset, int length, String text) {
        return new QuickFix("Move the secret to secure storage as secret(\"" + name + "\")", ctx.code(),
                List.of(new QuickFix.Edit(offset, length, text)), Map.of(QuickFix.SECRET_NAME, name, QuickFix.SECRET_VALUE, value));
    }
}
