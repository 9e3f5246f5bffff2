package io.atflow.run.interp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.eclipse.emf.ecore.EObject;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.atflow.lang.secrets.SecretResolver;

/**
 * The functions of expressions: {@code secret(name)} (through the run's resolvers; the value is masked from then on),
 * {@code json(text)}, {@code len(text)} (UTF-8 bytes), {@code env(name)} and {@code now()} (milliseconds since the
 * epoch, as Aliyun timestamps are written).
 */
public final class Functions {
    private final SecretResolver secrets;
    private final Consumer<String> secretSink;
    private final Function<String, String> env;
    private final LongSupplier clock;
    private final Locations locations;

    public Functions(SecretResolver secrets, Consumer<String> secretSink, Function<String, String> env,
            LongSupplier clock, Locations locations) {
        this.secrets = secrets;
        this.secretSink = secretSink;
        this.env = env;
        this.clock = clock;
        this.locations = locations;
    }

    /** Calls {@code name} with evaluated {@code args}; {@code where} locates failures. */
    public Object call(String name, List<Object> args, EObject where) {
        return switch (name) {
            case "secret" -> secret(text(name, args, where), where);
            case "json" -> json(text(name, args, where), where);
            case "len" -> Integer.toString(text(name, args, where).getBytes(StandardCharsets.UTF_8).length);
            case "env" -> env(text(name, args, where), where);
            case "now" -> {
                arity(name, args, 0, where);
                yield Long.toString(clock.getAsLong());
            }
            default -> throw ScriptFailure.failed("unknown function " + name + "(...); known: secret, json, len, env,"
                    + " now", locations.of(where));
        };
    }

    /** Resolves a secret; a missing one is a configuration error naming where to put it. */
    public String secret(String name, EObject where) {
        String value = secrets.resolve(name, Locations.folder(where)).orElseThrow(() -> ScriptFailure.error(
                "secret \"" + name + "\" is not available; " + secrets.hint(name), locations.of(where)));
        secretSink.accept(value);
        return value;
    }

    private JsonElement json(String text, EObject where) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw ScriptFailure.failed("json(...) needs JSON text, got " + Texts.quote(text), locations.of(where));
        }
    }

    private String env(String name, EObject where) {
        String v = env.apply(name);
        if (v == null) {
            throw ScriptFailure.error("the environment variable " + name + " is not set", locations.of(where));
        }
        return v;
    }

    private String text(String function, List<Object> args, EObject where) {
        arity(function, args, 1, where);
        String t = ExpressionValues.text(args.get(0));
        if (t == null) {
            throw ScriptFailure.failed(function + "(...) needs a text, not a device or product", locations.of(where));
        }
        return t;
    }

    private void arity(String function, List<Object> args, int n, EObject where) {
        if (args.size() != n) {
            throw ScriptFailure.failed(function + "(...) takes " + n + " argument" + (n == 1 ? "" : "s") + ", not "
                    + args.size(), locations.of(where));
        }
    }
}
