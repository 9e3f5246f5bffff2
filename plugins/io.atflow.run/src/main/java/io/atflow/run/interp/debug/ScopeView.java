package io.atflow.run.interp.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import com.google.gson.JsonElement;

import io.atflow.aliyun.IssuedCredentials;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.engine.urc.Urc;
import io.atflow.lang.atFlow.Field;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;
import io.atflow.run.interp.ExpressionValues;
import io.atflow.run.interp.Identity;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.ScriptFailure;

/**
 * The scopes of a suspended run: {@code Variables} (variables and captures), {@code Identities} (devices and
 * products, credential fields always {@code ****}, every other value masked like the console), {@code Module} (the
 * last command and its answer, the URC backlog an await would see, the MQTT and HTTP state).
 */
final class ScopeView {
    static final String VARIABLES = "Variables";
    static final String IDENTITIES = "Identities";
    static final String MODULE = "Module";

    private final RunContext ctx;
    private final ModuleState module;

    ScopeView(RunContext ctx, ModuleState module) {
        this.ctx = ctx;
        this.module = module;
    }

    List<DebugScope> scopes() {
        return List.of(variables(), identities(), module());
    }

    private DebugScope variables() {
        List<DebugVariable> out = new ArrayList<>();
        new TreeMap<>(ctx.evaluator().scope().bound()).forEach((name, v) -> out.add(DebugVariable.leaf(name,
                value(v), type(v))));
        return new DebugScope(VARIABLES, out);
    }

    private DebugScope identities() {
        List<DebugVariable> out = new ArrayList<>();
        new TreeMap<>(ctx.evaluator().scope().identities()).forEach((name, id) -> out.add(identity(id)));
        return new DebugScope(IDENTITIES, out);
    }

    private DebugVariable identity(Identity id) {
        List<DebugVariable> fields = new ArrayList<>();
        for (Field f : id.fields()) {
            fields.add(DebugVariable.leaf(f.getKey(), field(f), "string"));
        }
        return new DebugVariable(id.name(), id.kind() + " " + id.name(), id.kind(), fields);
    }

    /** A field's value masked; a credential field is never evaluated nor shown. */
    private String field(Field f) {
        if (isCredential(f.getKey())) {
            return SecretMasker.MASK;
        }
        try {
            return ctx.mask(ctx.evaluator().text(f.getValue()));
        } catch (ScriptFailure e) {
            return ctx.mask("(" + e.getMessage() + ")");
        }
    }

    static boolean isCredential(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return IssuedCredentials.JSON_KEYS.contains(key) || k.contains("secret") || k.contains("password")
                || k.contains("token");
    }

    private DebugScope module() {
        List<DebugVariable> out = new ArrayList<>();
        DebugVariable last = module.lastCommand(ctx::mask);
        out.add(last != null ? last : DebugVariable.leaf("last command", "none yet", "command"));
        List<DebugVariable> urcs = new ArrayList<>();
        for (Urc u : ctx.session().urcs().backlog()) {
            urcs.add(DebugVariable.leaf("[" + urcs.size() + "]", ctx.mask(u.line()), "urc"));
        }
        out.add(new DebugVariable("URC backlog", urcs.size() + (urcs.size() == 1 ? " URC" : " URCs"), "backlog",
                urcs));
        out.add(module.mqtt(ctx::mask));
        out.add(module.http());
        return new DebugScope(MODULE, out);
    }

    /** A value as the console shows it (masked); an identity by its kind and name. */
    String value(Object v) {
        if (v instanceof Identity id) {
            return id.kind() + " " + id.name();
        }
        String t = ExpressionValues.text(v);
        return ctx.mask(t == null ? String.valueOf(v) : t);
    }

    private static String type(Object v) {
        return switch (v) {
            case Number n -> "number";
            case Boolean b -> "boolean";
            case JsonElement j -> "json";
            default -> "string";
        };
    }
}
