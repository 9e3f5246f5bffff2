package io.atflow.lang.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

import io.atflow.lang.atFlow.AtFlowPackage.Literals;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.ProfileDecl;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.catalog.DidYouMean;
import io.atflow.lang.model.Includes;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.model.Template;
import io.atflow.lang.model.TemplateExpr;

/** Names, placeholders, identities, includes and profiles. */
public class NameValidator extends AtFlowCheckBase {
    static final Map<String, Integer> ARITY = Map.of("secret", 1, "json", 1, "len", 1, "env", 1, "now", 0);
    static final Set<String> DEVICE_FIELDS = Set.of("productKey", "deviceName", "deviceSecret", "clientId");
    static final Set<String> PRODUCT_FIELDS = Set.of("productKey", "productSecret", "deviceName", "instanceId");

    @Check
    public void ref(Ref ref) {
        name(ref, Literals.REF__NAME, 0, ref.getName());
    }

    @Check
    public void call(Call call) {
        function(call, Literals.CALL__FUNCTION, 0, call.getFunction(), call.getArgs().size());
    }

    @Check
    public void member(Member m) {
        if (m.getTarget() instanceof Ref r) {
            field(m, Literals.MEMBER__MEMBER, 0, r.getName(), m.getMember());
        }
    }

    @Check
    public void string(StringLiteral s) {
        String token = tokenText(s, Literals.STRING_LITERAL__VALUE);
        if (token == null) {
            return;
        }
        if (token.length() < 2 || !token.endsWith("\"") || endsEscaped(token)) {
            errorIn(s, Literals.STRING_LITERAL__VALUE, 0, token.length(), "this string lacks its closing '\"'",
                    IssueCodes.UNTERMINATED_STRING);
        }
        template(s, Literals.STRING_LITERAL__VALUE, token, 0);
    }

    @Check
    public void textBlock(TextBlock t) {
        String token = tokenText(t, Literals.TEXT_BLOCK__VALUE);
        if (token != null) {
            template(t, Literals.TEXT_BLOCK__VALUE, token, 0);
        }
    }

    @Check
    public void command(Send send) {
        if (send.getCommand() != null) {
            template(send, Literals.SEND__COMMAND, send.getCommand(), 0);
        }
    }

    @Check
    public void pattern(io.atflow.lang.atFlow.Pattern p) {
        if (p.getText() == null) {
            return;
        }
        PatternText parsed = PatternText.parse(p.getText());
        if (parsed.error() != null) {
            errorIn(p, Literals.PATTERN__TEXT, 0, p.getText().length(), parsed.error(), IssueCodes.BAD_PATTERN);
        }
        for (PatternText.Part part : parsed.parts()) {
            if (part instanceof PatternText.Insert ins && ins.placeholder().expr() != null) {
                expr(p, Literals.PATTERN__TEXT, ins.offset(), ins.placeholder().length(), ins.placeholder().expr());
            }
        }
    }

    @Check
    public void duplicates(Script script) {
        for (EObject dup : context.index(script).duplicates()) {
            EStructuralFeature f = dup.eClass().getEStructuralFeature("name");
            error("the name " + dup.eGet(f) + " is already declared", dup, f, IssueCodes.DUPLICATE_NAME);
        }
    }

    @Check
    public void device(Device d) {
        fields(d, d.getFields(), DEVICE_FIELDS, List.of("productKey", "deviceName"));
    }

    @Check
    public void product(Product p) {
        fields(p, p.getFields(), PRODUCT_FIELDS, List.of("productKey"));
    }

    @Check
    public void include(Include inc) {
        if (Includes.load(inc) == null) {
            error("cannot read the included file " + inc.getPath(), inc, Literals.INCLUDE__PATH, IssueCodes.BAD_INCLUDE);
        }
    }

    @Check
    public void profile(ProfileDecl p) {
        if (p.getName() != null && context.catalog().profile(p.getName()).isEmpty()) {
            List<String> ids = context.catalog().profiles().stream().map(x -> x.id()).toList();
            error("unknown module profile " + p.getName() + "; use one of " + String.join(", ", ids), p,
                    Literals.PROFILE_DECL__NAME, IssueCodes.UNKNOWN_PROFILE, ids.toArray(String[]::new));
        }
    }

    @Check
    public void handlerPattern(Handler h) {
        if (h.getPattern() == null) {
            error("on needs a pattern", h, Literals.HANDLER__PATTERN, IssueCodes.BAD_PATTERN);
        }
    }

    @Check
    public void awaitPattern(Await a) {
        if (a.getTimeout() != null && a.getTimeout().matches("0+[a-z]+")) {
            error("a zero timeout never lets the URC arrive", a, Literals.AWAIT__TIMEOUT, IssueCodes.ZERO_DURATION);
        }
    }

    private void fields(EObject decl, List<Field> fields, Set<String> known, List<String> required) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Field f : fields) {
            if (!known.contains(f.getKey())) {
                List<String> s = DidYouMean.suggest(f.getKey(), known);
                error("unknown field " + f.getKey() + suggestion(s) + "; fields are " + String.join(", ", new java.util.TreeSet<>(known)),
                        f, Literals.FIELD__KEY, IssueCodes.UNKNOWN_FIELD, s.toArray(String[]::new));
            } else if (!seen.add(f.getKey())) {
                error("field " + f.getKey() + " is given twice", f, Literals.FIELD__KEY, IssueCodes.DUPLICATE_NAME);
            }
        }
        for (String r : required) {
            if (!seen.contains(r)) {
                EStructuralFeature name = decl.eClass().getEStructuralFeature("name");
                error(decl.eClass().getName().toLowerCase() + " " + decl.eGet(name) + " lacks the field " + r, decl, name,
                        IssueCodes.MISSING_FIELD, r);
            }
        }
    }

    /** Checks the placeholders of a token; {@code base} is where {@code text} starts inside the token. */
    void template(EObject o, EStructuralFeature f, String text, int base) {
        for (Template.Placeholder p : Template.parse(text).placeholders()) {
            if (p.error() != null) {
                errorIn(o, f, base + p.offset(), p.length(), p.error(), IssueCodes.BAD_PLACEHOLDER);
            } else {
                expr(o, f, base + p.offset(), p.length(), p.expr());
            }
        }
    }

    private void expr(EObject o, EStructuralFeature f, int rel, int len, TemplateExpr e) {
        switch (e) {
            case TemplateExpr.Name n -> nameIn(o, f, rel, len, n.name());
            case TemplateExpr.Access a -> {
                if (a.target() instanceof TemplateExpr.Name n) {
                    if (nameIn(o, f, rel, len, n.name())) {
                        fieldIn(o, f, rel, len, n.name(), a.member());
                    }
                } else {
                    expr(o, f, rel, len, a.target());
                }
            }
            case TemplateExpr.Call c -> {
                functionIn(o, f, rel, len, c.function(), c.args().size());
                c.args().forEach(x -> expr(o, f, rel, len, x));
            }
            case TemplateExpr.Text t -> {
            }
        }
    }

    private boolean name(EObject o, EStructuralFeature f, int rel, String name) {
        return nameIn(o, f, rel, name == null ? 1 : name.length(), name);
    }

    private boolean nameIn(EObject o, EStructuralFeature f, int rel, int len, String name) {
        ScriptIndex index = context.index(o);
        if (name == null || index.isDeclared(name)) {
            return true;
        }
        List<String> s = DidYouMean.suggest(name, index.names());
        errorIn(o, f, rel, len, "unknown name " + name + suggestion(s), IssueCodes.UNKNOWN_NAME, s.toArray(String[]::new));
        return false;
    }

    private void function(EObject o, EStructuralFeature f, int rel, String name, int args) {
        functionIn(o, f, rel, name == null ? 1 : name.length(), name, args);
    }

    private void functionIn(EObject o, EStructuralFeature f, int rel, int len, String name, int args) {
        Integer arity = ARITY.get(name);
        if (arity == null) {
            List<String> s = DidYouMean.suggest(name, ARITY.keySet());
            errorIn(o, f, rel, len, "unknown function " + name + suggestion(s) + "; functions are "
                    + String.join(", ", new java.util.TreeSet<>(ARITY.keySet())), IssueCodes.UNKNOWN_FUNCTION,
                    s.toArray(String[]::new));
        } else if (arity != args) {
            errorIn(o, f, rel, len, name + "(...) takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", not "
                    + args, IssueCodes.WRONG_FUNCTION_ARGS);
        }
    }

    private void field(EObject o, EStructuralFeature f, int rel, String identity, String member) {
        fieldIn(o, f, rel, member == null ? 1 : member.length(), identity, member);
    }

    private void fieldIn(EObject o, EStructuralFeature f, int rel, int len, String identity, String member) {
        ScriptIndex index = context.index(o);
        Set<String> known = index.devices().containsKey(identity) ? DEVICE_FIELDS
                : index.products().containsKey(identity) ? PRODUCT_FIELDS : null;
        if (known != null && !known.contains(member)) {
            List<String> s = DidYouMean.suggest(member, known);
            errorIn(o, f, rel, len, identity + " has no field " + member + suggestion(s), IssueCodes.UNKNOWN_FIELD,
                    s.toArray(String[]::new));
        }
    }

    static String suggestion(List<String> s) {
        return s.isEmpty() ? "" : "; did you mean " + String.join(" or ", s) + "?";
    }

    private static boolean endsEscaped(String token) {
        int backslashes = 0;
        for (int i = token.length() - 2; i > 0 && token.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
