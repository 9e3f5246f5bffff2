package io.atflow.lang.model;

import java.util.List;

/**
 * The expression inside a {@code ${...}} placeholder: a name, a member access, a function call or a quoted text.
 * Examples: {@code apn}, {@code meter.productKey}, {@code len(post)}, {@code json(reply).deviceSecret}.
 */
public sealed interface TemplateExpr {

    /** A variable, identity, payload or capture name. */
    record Name(String name) implements TemplateExpr {
    }

    /** {@code target.member}, e.g. a field of a device or a key of a JSON object. */
    record Access(TemplateExpr target, String member) implements TemplateExpr {
    }

    /** {@code function(args)}. */
    record Call(String function, List<TemplateExpr> args) implements TemplateExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** A quoted text or a number inside a placeholder. */
    record Text(String value) implements TemplateExpr {
    }

    /** The root name an expression reads ({@code meter} for {@code meter.productKey}), or null. */
    static String rootName(TemplateExpr e) {
        return switch (e) {
            case Name n -> n.name();
            case Access a -> rootName(a.target());
            case Call c -> null;
            case Text t -> null;
        };
    }
}
