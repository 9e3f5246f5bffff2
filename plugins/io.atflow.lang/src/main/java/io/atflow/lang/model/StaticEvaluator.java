package io.atflow.lang.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Call;
import io.atflow.lang.atFlow.Device;
import io.atflow.lang.atFlow.Expression;
import io.atflow.lang.atFlow.Field;
import io.atflow.lang.atFlow.Member;
import io.atflow.lang.atFlow.NumberLiteral;
import io.atflow.lang.atFlow.PayloadDecl;
import io.atflow.lang.atFlow.Product;
import io.atflow.lang.atFlow.Ref;
import io.atflow.lang.atFlow.StringLiteral;
import io.atflow.lang.atFlow.TextBlock;
import io.atflow.lang.atFlow.VarDecl;
import io.atflow.lang.secrets.SecretResolver;

/**
 * Computes values that are known before the script runs: literals, identity fields, payloads, variables that are never
 * reassigned, {@code len(...)} and resolvable {@code secret(...)} references. Anything that depends on the module
 * (captures, received data) is unknown (empty).
 */
public final class StaticEvaluator {
    private static final int MAX_DEPTH = 16;
    private final ScriptIndex index;
    private final SecretResolver secrets;
    private final Path scriptDir;

    public StaticEvaluator(ScriptIndex index, SecretResolver secrets, Path scriptDir) {
        this.index = index;
        this.secrets = secrets;
        this.scriptDir = scriptDir;
    }

    /** The folder of the file an object was loaded from, or null when it is not a file. */
    public static Path scriptDir(EObject o) {
        if (o == null || o.eResource() == null) {
            return null;
        }
        URI uri = o.eResource().getURI();
        if (uri == null || !uri.isFile()) {
            return null;
        }
        try {
            return Path.of(uri.toFileString()).toAbsolutePath().getParent();
        } catch (RuntimeException e) {
            return null;
        }
    }

    public Optional<String> value(Expression e) {
        return Optional.ofNullable(eval(e, 0, new HashSet<>()));
    }

    /** Renders a template whose placeholders are all statically known. */
    public Optional<String> render(Template t) {
        return Optional.ofNullable(t.render(p -> p.expr() == null ? null : eval(p.expr(), 0, new HashSet<>())));
    }

    /** The value of a {@code secret("name")} call, when resolvable. */
    public Optional<String> secret(String name) {
        return secrets == null ? Optional.empty() : secrets.resolve(name, scriptDir);
    }

    public String secretHint(String name) {
        return secrets == null ? "no secret resolver is configured" : secrets.hint(name);
    }

    private String eval(Expression e, int depth, Set<String> visiting) {
        if (e == null || depth > MAX_DEPTH) {
            return null;
        }
        return switch (e) {
            case StringLiteral s -> s.getValue() == null ? null : renderNested(s.getValue(), depth, visiting);
            case TextBlock t -> t.getValue() == null ? null : renderNested(t.getValue(), depth, visiting);
            case NumberLiteral n -> n.getValue();
            case Ref r -> name(r.getName(), depth, visiting);
            case Member m -> member(m.getTarget(), m.getMember(), depth, visiting);
            case Call c -> call(c.getFunction(), c.getArgs().stream().map(a -> eval(a, depth + 1, visiting)).toList());
            default -> null;
        };
    }

    private String renderNested(String text, int depth, Set<String> visiting) {
        Template t = Template.parse(text);
        return t.render(p -> p.expr() == null ? null : eval(p.expr(), depth + 1, visiting));
    }

    private String eval(TemplateExpr e, int depth, Set<String> visiting) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        return switch (e) {
            case TemplateExpr.Text t -> t.value();
            case TemplateExpr.Name n -> name(n.name(), depth, visiting);
            case TemplateExpr.Access a -> a.target() instanceof TemplateExpr.Name n
                    ? field(n.name(), a.member(), depth, visiting) : null;
            case TemplateExpr.Call c -> call(c.function(), c.args().stream().map(x -> eval(x, depth + 1, visiting)).toList());
        };
    }

    private String member(Expression target, String member, int depth, Set<String> visiting) {
        return target instanceof Ref r ? field(r.getName(), member, depth, visiting) : null;
    }

    private String name(String name, int depth, Set<String> visiting) {
        if (name == null || !visiting.add(name)) {
            return null;
        }
        try {
            PayloadDecl payload = index.payloads().get(name);
            if (payload != null) {
                return eval(payload.getValue(), depth + 1, visiting);
            }
            List<VarDecl> vars = index.vars(name);
            if (vars.size() == 1 && !index.isMutable(name)) {
                return eval(vars.get(0).getValue(), depth + 1, visiting);
            }
            return null;
        } finally {
            visiting.remove(name);
        }
    }

    private String field(String identity, String key, int depth, Set<String> visiting) {
        List<Field> fields = fields(identity);
        if (fields == null) {
            return null;
        }
        return fields.stream().filter(f -> key.equals(f.getKey())).findFirst()
                .map(f -> eval(f.getValue(), depth + 1, visiting)).orElse(null);
    }

    private List<Field> fields(String identity) {
        Device d = index.devices().get(identity);
        if (d != null) {
            return d.getFields();
        }
        Product p = index.products().get(identity);
        return p == null ? null : p.getFields();
    }

    private String call(String function, List<String> args) {
        if (args.stream().anyMatch(a -> a == null)) {
            return null;
        }
        return switch (function) {
            case "secret" -> args.size() == 1 ? secret(args.get(0)).orElse(null) : null;
            case "len" -> args.size() == 1 ? Integer.toString(args.get(0).getBytes(StandardCharsets.UTF_8).length) : null;
            default -> null;
        };
    }

    /** The expression of an identity field, e.g. {@code deviceSecret} of device {@code meter}, or null. */
    public Expression fieldExpression(String identity, String key) {
        List<Field> fields = fields(identity);
        return fields == null ? null : fields.stream().filter(f -> key.equals(f.getKey())).findFirst()
                .map(Field::getValue).orElse(null);
    }

    public ScriptIndex index() {
        return index;
    }
}
