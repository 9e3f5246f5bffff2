package io.atflow.run.secrets;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.model.Template;
import io.atflow.lang.model.TemplateExpr;

/**
 * The names of the {@code secret("...")} references a script makes with a constant name, in calls and inside
 * {@code ${...}} placeholders of texts and commands. The runner resolves them before the session opens, so their
 * values are masked from the first byte on.
 */
public final class SecretScan {
    private SecretScan() {
    }

    /** Names found in {@code root} and everything it contains. */
    public static Set<String> names(EObject root) {
        Set<String> out = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            switch (it.next()) {
                case Call c when "secret".equals(c.getFunction()) && c.getArgs().size() == 1
                        && c.getArgs().get(0) instanceof StringLiteral s && s.getValue() != null -> {
                    if (Template.parse(s.getValue()).isConstant()) {
                        out.add(s.getValue());
                    } else {
                        template(s.getValue(), out);
                    }
                }
                case StringLiteral s when s.getValue() != null -> template(s.getValue(), out);
                case TextBlock t when t.getValue() != null -> template(t.getValue(), out);
                case Send s when s.getCommand() != null -> template(s.getCommand(), out);
                default -> {
                }
            }
        }
        return out;
    }

    private static void template(String text, Set<String> out) {
        if (!text.contains("${")) {
            return;
        }
        for (Template.Placeholder p : Template.parse(text).placeholders()) {
            if (p.expr() != null) {
                expr(p.expr(), out);
            }
        }
    }

    private static void expr(TemplateExpr e, Set<String> out) {
        switch (e) {
            case TemplateExpr.Call c -> {
                if (c.function().equals("secret") && c.args().size() == 1
                        && c.args().get(0) instanceof TemplateExpr.Text t) {
                    out.add(t.value());
                }
                c.args().forEach(a -> expr(a, out));
            }
            case TemplateExpr.Access a -> expr(a.target(), out);
            default -> {
            }
        }
    }
}
