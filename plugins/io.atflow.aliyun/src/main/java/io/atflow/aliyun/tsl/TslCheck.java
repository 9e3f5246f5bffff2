package io.atflow.aliyun.tsl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.atflow.aliyun.tsl.TslViolation.Problem;

/**
 * Checks an Alink request against a thing model, the way Aliyun's strict verification does (物模型数据校验, "strong
 * verification": every field is checked and a post that fails is answered with the error code and not stored):
 * the envelope ({@code id}, {@code version} "1.0", the topic's {@code method}, an object {@code params}), property
 * identifiers and values (the simple form {@code "Temp":23.9} and the form {@code "Temp":{"value":23.9,"time":...}}),
 * an event's output data ({@code params.value}, or {@code params} itself), a service reply's {@code data}. The
 * editor and the platform emulator use the same checker; the platform answers the first refused violation.
 */
public final class TslCheck {
    private final ThingModel model;
    private final BiFunction<String, Collection<String>, List<String>> didYouMean;

    /** @param didYouMean the closest known identifiers to a misspelt one (none: {@code (n, k) -> List.of()}) */
    public TslCheck(ThingModel model, BiFunction<String, Collection<String>, List<String>> didYouMean) {
        this.model = model;
        this.didYouMean = didYouMean;
    }

    /** The violations of {@code body} (the parsed payload) published on {@code topic}, in document order. */
    public List<TslViolation> check(AlinkTopic topic, JsonObject body) {
        List<TslViolation> out = new ArrayList<>();
        envelope(topic, body, out);
        ValueCheck values = new ValueCheck(didYouMean, out);
        switch (topic.kind()) {
            case PROPERTY_POST -> properties(body.get("params"), values, out);
            case EVENT_POST -> event(topic, body, values, out);
            case SERVICE_REPLY -> serviceReply(topic, body, values, out);
        }
        return out;
    }

    private static void envelope(AlinkTopic topic, JsonObject body, List<TslViolation> out) {
        JsonElement id = body.get("id");
        if (id == null || !id.isJsonPrimitive() || !id.getAsString().matches("\\d{1,20}")) {
            out.add(new TslViolation(TslCodes.REQUEST_PARAMETER_ERROR, Problem.ENVELOPE, List.of("id"),
                    "the Alink request needs \"id\": a message id of digits, e.g. \"id\":\"1\"", null));
        }
        if (topic.kind() == AlinkTopic.Kind.SERVICE_REPLY) {
            JsonElement code = body.get("code");
            if (code == null || !code.isJsonPrimitive() || !code.getAsJsonPrimitive().isNumber()) {
                out.add(new TslViolation(TslCodes.REQUEST_PARAMETER_ERROR, Problem.ENVELOPE, List.of("code"),
                        "a service reply needs \"code\": 200 for success", null));
            }
            return;
        }
        JsonElement version = body.get("version");
        if (version != null && !"1.0".equals(version.isJsonPrimitive() ? version.getAsString() : null)) {
            out.add(new TslViolation(TslCodes.REQUEST_PARAMETER_ERROR, Problem.ENVELOPE, List.of("version"),
                    "the Alink protocol version is \"1.0\", not " + version, "\"1.0\""));
        }
        JsonElement method = body.get("method");
        if (method == null) {
            out.add(new TslViolation(TslCodes.METHOD_NOT_FOUND, Problem.NO_METHOD, List.of("method"),
                    "the Alink request needs \"method\": \"" + topic.method() + "\"", "\"" + topic.method() + "\""));
        } else if (!topic.method().equals(method.isJsonPrimitive() ? method.getAsString() : null)) {
            out.add(new TslViolation(TslCodes.METHOD_NOT_FOUND, Problem.ENVELOPE, List.of("method"),
                    "the method of a request on this topic is " + topic.method() + ", not " + method,
                    "\"" + topic.method() + "\""));
        }
        JsonElement params = body.get("params");
        if (params == null || !params.isJsonObject()) {
            out.add(new TslViolation(TslCodes.REQUEST_PARAMETER_ERROR, Problem.ENVELOPE, List.of("params"),
                    "the Alink request needs \"params\": a JSON object", null));
        }
    }

    private void properties(JsonElement params, ValueCheck values, List<TslViolation> out) {
        if (params == null || !params.isJsonObject()) {
            return;
        }
        JsonObject p = params.getAsJsonObject();
        if (p.size() > TslCodes.MAX_PROPERTIES) {
            out.add(new TslViolation(TslCodes.TOO_MANY_PROPERTIES, Problem.TOO_MANY, List.of("params"), "a post carries"
                    + " at most " + TslCodes.MAX_PROPERTIES + " properties, this one " + p.size(), null));
        }
        for (Map.Entry<String, JsonElement> e : p.entrySet()) {
            List<String> path = List.of("params", e.getKey());
            TslParam prop = model.properties().get(e.getKey());
            if (prop == null) {
                unknown(TslCodes.TSL_PARSE_FAILED, "property", e.getKey(), model.properties().keySet(), path, out);
            } else {
                values.check(prop, unwrap(prop, e.getValue()), unwrapPath(prop, e.getValue(), path));
            }
        }
    }

    private void event(AlinkTopic topic, JsonObject body, ValueCheck values, List<TslViolation> out) {
        TslFunction event = model.events().get(topic.identifier());
        if (event == null) {
            unknown(TslCodes.IDENTIFIER_NOT_FOUND, "event", topic.identifier(), model.events().keySet(), List.of(),
                    out);
            return;
        }
        JsonElement params = body.get("params");
        if (params == null || !params.isJsonObject()) {
            return;
        }
        JsonObject p = params.getAsJsonObject();
        boolean wrapped = p.has("value") && p.get("value").isJsonObject() && event.output("value") == null;
        outputs(event, wrapped ? p.getAsJsonObject("value") : p, wrapped ? List.of("params", "value")
                : List.of("params"), values, out, wrapped ? null : "time");
    }

    private void serviceReply(AlinkTopic topic, JsonObject body, ValueCheck values, List<TslViolation> out) {
        TslFunction service = model.services().get(topic.identifier());
        if (service == null && !topic.identifier().startsWith("property/")) {
            unknown(TslCodes.IDENTIFIER_NOT_FOUND, "service", topic.identifier(), model.services().keySet(),
                    List.of(), out);
            return;
        }
        JsonElement data = body.get("data");
        if (service != null && data != null && data.isJsonObject()) {
            outputs(service, data.getAsJsonObject(), List.of("data"), values, out, null);
        }
    }

    private void outputs(TslFunction f, JsonObject o, List<String> at, ValueCheck values, List<TslViolation> out,
            String ignored) {
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            List<String> path = ValueCheck.append(at, e.getKey());
            TslParam p = f.output(e.getKey());
            if (p != null) {
                values.check(p, e.getValue(), path);
            } else if (!e.getKey().equals(ignored)) {
                unknown(TslCodes.IDENTIFIER_NOT_FOUND, "output parameter of " + f.identifier(), e.getKey(),
                        f.outputData().stream().map(TslParam::identifier).toList(), path, out);
            }
        }
    }

    private void unknown(int code, String what, String id, Collection<String> known, List<String> path,
            List<TslViolation> out) {
        List<String> s = didYouMean.apply(id, known);
        out.add(new TslViolation(code, Problem.UNKNOWN_IDENTIFIER, path, "the thing model"
                + (model.productKey() == null ? "" : " of " + model.productKey()) + " defines no " + what + " " + id
                + (s.isEmpty() ? "" : "; did you mean " + s.get(0) + "?"), s.isEmpty() ? null : s.get(0)));
    }

    /** {@code "Temp":{"value":23.9,"time":1524448722000}} carries its value in {@code value}. */
    private static JsonElement unwrap(TslParam prop, JsonElement v) {
        return wrapped(prop, v) ? v.getAsJsonObject().get("value") : v;
    }

    private static List<String> unwrapPath(TslParam prop, JsonElement v, List<String> path) {
        return wrapped(prop, v) ? ValueCheck.append(path, "value") : path;
    }

    private static boolean wrapped(TslParam prop, JsonElement v) {
        return v.isJsonObject() && v.getAsJsonObject().has("value")
                && (prop.type().kind() != TslType.Kind.STRUCT || prop.type().member("value") == null);
    }
}
