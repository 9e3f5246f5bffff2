package io.atflow.run.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.atflow.aliyun.IssuedCredentials;
import io.atflow.lang.atFlow.Binary;
import io.atflow.lang.atFlow.BoolLiteral;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.Not;
import io.atflow.lang.atFlow.NumberLiteral;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.model.Template;
import io.atflow.lang.model.TemplateExpr;

/**
 * Evaluates expressions and {@code ${...}} placeholders against a {@link Scope}. Failures are {@link ScriptFailure}s
 * located at the expression: an unbound name, a missing field, a condition that is neither true nor false.
 */
public final class Evaluator {
    private final Scope scope;
    private final Functions functions;
    private final Locations locations;
    private final Consumer<String> secretSink;

    public Evaluator(Scope scope, Functions functions, Locations locations, Consumer<String> secretSink) {
        this.scope = scope;
        this.functions = functions;
        this.locations = locations;
        this.secretSink = secretSink;
    }

    public Scope scope() {
        return scope;
    }

    public Object eval(Expression e) {
        return switch (e) {
            case StringLiteral s -> render(s.getValue(), s);
            case TextBlock t -> render(t.getValue(), t);
            case NumberLiteral n -> n.getValue();
            case BoolLiteral b -> Boolean.valueOf(b.getValue());
            case Ref r -> name(r.getName(), r);
            case Member m -> member(eval(m.getTarget()), m.getMember(), m.getTarget(), m);
            case Call c -> {
                List<Object> args = new ArrayList<>();
                c.getArgs().forEach(a -> args.add(eval(a)));
                yield functions.call(c.getFunction(), args, c);
            }
            case Not n -> !condition(n.getOperand());
            case Binary b -> binary(b);
            default -> throw ScriptFailure.failed("cannot evaluate " + Locations.text(e), locations.of(e));
        };
    }

    /** The text of {@code e}; an identity has none. */
    public String text(Expression e) {
        Object v = eval(e);
        String t = ExpressionValues.text(v);
        if (t == null) {
            throw ScriptFailure.failed(Locations.text(e) + " is a " + ((Identity) v).kind()
                    + "; use one of its fields, e.g. " + Locations.text(e) + ".productKey", locations.of(e));
        }
        return t;
    }

    public boolean condition(Expression e) {
        Object v = eval(e);
        Boolean b = ExpressionValues.bool(v);
        if (b == null) {
            throw ScriptFailure.failed("the condition " + Locations.text(e) + " is " + describe(v)
                    + ", not true or false", locations.of(e));
        }
        return b;
    }

    /** {@code text} with its {@code ${...}} placeholders replaced by their values. */
    public String render(String text, EObject where) {
        if (text == null || !text.contains("${")) {
            return text == null ? "" : text;
        }
        StringBuilder b = new StringBuilder();
        for (Template.Segment s : Template.parse(text).segments()) {
            switch (s) {
                case Template.Literal l -> b.append(l.text());
                case Template.Placeholder p -> b.append(placeholder(p, where));
            }
        }
        return b.toString();
    }

    /** The text of one placeholder. */
    public String placeholder(Template.Placeholder p, EObject where) {
        if (p.expr() == null) {
            throw ScriptFailure.failed(p.error(), locations.of(where));
        }
        Object v = eval(p.expr(), where);
        String t = ExpressionValues.text(v);
        if (t == null) {
            throw ScriptFailure.failed("${" + p.exprSource() + "} is a " + ((Identity) v).kind()
                    + "; use one of its fields", locations.of(where));
        }
        return t;
    }

    private Object eval(TemplateExpr e, EObject where) {
        return switch (e) {
            case TemplateExpr.Text t -> t.value();
            case TemplateExpr.Name n -> name(n.name(), where);
            case TemplateExpr.Access a -> member(eval(a.target(), where), a.member(), a.target(), where);
            case TemplateExpr.Call c -> {
                List<Object> args = new ArrayList<>();
                c.args().forEach(x -> args.add(eval(x, where)));
                yield functions.call(c.function(), args, where);
            }
        };
    }

    private Object name(String name, EObject where) {
        Object v = scope.value(name);
        if (v != null) {
            return v;
        }
        PayloadDecl payload = scope.payload(name);
        if (payload != null) {
            return text(payload.getValue());
        }
        Identity id = scope.identity(name);
        if (id != null) {
            return id;
        }
        throw ScriptFailure.failed(name + " has no value yet", locations.of(where));
    }

    private Object member(Object target, String member, Object targetSource, EObject where) {
        String what = targetSource instanceof EObject o ? Locations.text(o) : source((TemplateExpr) targetSource);
        if (target instanceof Identity id) {
            Expression field = id.field(member).orElseThrow(() -> ScriptFailure.failed(id.kind() + " " + id.name()
                    + " has no field " + member, locations.of(where)));
            return eval(field);
        }
        JsonElement json = target instanceof JsonElement j ? j : parse(ExpressionValues.text(target));
        if (json instanceof JsonPrimitive p && p.isString()) {
            json = parse(p.getAsString());
        }
        if (!(json instanceof JsonObject obj)) {
            throw ScriptFailure.failed(what + " is not a JSON object (" + describe(target) + "), so it has no field "
                    + member, locations.of(where));
        }
        JsonElement v = obj.get(member);
        if (v == null) {
            throw ScriptFailure.failed(what + " has no field " + member + ": " + Texts.quote(obj.toString()),
                    locations.of(where));
        }
        if (IssuedCredentials.JSON_KEYS.contains(member) && ExpressionValues.text(v) != null) {
            secretSink.accept(ExpressionValues.text(v));
        }
        return v;
    }

    private Object binary(Binary b) {
        switch (b.getOp()) {
            case "and":
                return condition(b.getLeft()) && condition(b.getRight());
            case "or":
                return condition(b.getLeft()) || condition(b.getRight());
            default:
                break;
        }
        Object l = eval(b.getLeft());
        Object r = eval(b.getRight());
        return switch (b.getOp()) {
            case "==" -> ExpressionValues.equal(l, r);
            case "!=" -> !ExpressionValues.equal(l, r);
            case "<" -> ExpressionValues.compare(l, r) < 0;
            case "<=" -> ExpressionValues.compare(l, r) <= 0;
            case ">" -> ExpressionValues.compare(l, r) > 0;
            case ">=" -> ExpressionValues.compare(l, r) >= 0;
            case "matches" -> matches(l, r, b);
            default -> throw ScriptFailure.failed("unknown operator " + b.getOp(), locations.of(b));
        };
    }

    private boolean matches(Object value, Object regex, Binary where) {
        try {
            return java.util.regex.Pattern.compile(String.valueOf(ExpressionValues.text(regex)))
                    .matcher(String.valueOf(ExpressionValues.text(value))).find();
        } catch (PatternSyntaxException e) {
            throw ScriptFailure.failed("the regular expression " + ExpressionValues.text(regex) + " does not compile: "
                    + e.getDescription(), locations.of(where));
        }
    }

    private static JsonElement parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static String describe(Object v) {
        String t = ExpressionValues.text(v);
        return t == null ? "a " + ((Identity) v).kind() : "\"" + Texts.quote(t) + "\"";
    }

    private static String source(TemplateExpr e) {
        return switch (e) {
            case TemplateExpr.Name n -> n.name();
            case TemplateExpr.Access a -> source(a.target()) + "." + a.member();
            case TemplateExpr.Call c -> c.function() + "(" + String.join(", ", c.args().stream().map(Evaluator::source)
                    .toList()) + ")";
            case TemplateExpr.Text t -> "\"" + t.value() + "\"";
        };
    }
}
