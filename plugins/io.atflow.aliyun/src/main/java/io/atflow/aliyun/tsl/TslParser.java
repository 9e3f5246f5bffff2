package io.atflow.aliyun.tsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.atflow.aliyun.AliyunInputException;

/**
 * Reads a thing model file as the console exports it. Numbers in {@code specs} are accepted as strings (the
 * export's form, {@code "min": "-40"}) or numbers. A file that is not such a model is an {@link AliyunInputException}
 * naming the file and the first thing wrong.
 */
public final class TslParser {
    private final String source;

    private TslParser(String source) {
        this.source = source;
    }

    /** @param source the file name, for messages */
    public static ThingModel parse(String json, String source) {
        return new TslParser(source).model(json);
    }

    private ThingModel model(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw fail("is not valid JSON: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (!root.isJsonObject()) {
            throw fail("is not a thing model: expected a JSON object with profile, properties, events and services");
        }
        JsonObject o = root.getAsJsonObject();
        JsonObject profile = o.has("profile") && o.get("profile").isJsonObject() ? o.getAsJsonObject("profile") : null;
        String productKey = profile != null && profile.has("productKey") ? profile.get("productKey").getAsString()
                : null;
        Map<String, TslParam> properties = new LinkedHashMap<>();
        for (TslParam p : params(o.get("properties"), "properties")) {
            properties.put(p.identifier(), p);
        }
        return new ThingModel(productKey, properties, functions(o.get("events"), "events"),
                functions(o.get("services"), "services"));
    }

    private Map<String, TslFunction> functions(JsonElement e, String where) {
        Map<String, TslFunction> out = new LinkedHashMap<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        for (JsonElement f : array(e, where)) {
            JsonObject fo = object(f, where);
            String id = string(fo, "identifier", where);
            String method = fo.has("method") ? fo.get("method").getAsString() : null;
            out.put(id, new TslFunction(id, method, params(fo.get("inputData"), where + "." + id + ".inputData"),
                    params(fo.get("outputData"), where + "." + id + ".outputData")));
        }
        return out;
    }

    private List<TslParam> params(JsonElement e, String where) {
        List<TslParam> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        for (JsonElement p : array(e, where)) {
            JsonObject po = object(p, where);
            String id = string(po, "identifier", where);
            String name = po.has("name") ? po.get("name").getAsString() : id;
            out.add(new TslParam(id, name, type(object(po.get("dataType"), where + "." + id + ".dataType"),
                    where + "." + id)));
        }
        return out;
    }

    private TslType type(JsonObject dt, String where) {
        String typeName = string(dt, "type", where + ".dataType");
        TslType.Kind kind = TslType.Kind.of(typeName);
        if (kind == null) {
            throw fail("names the unknown data type \"" + typeName + "\" at " + where
                    + " (int, float, double, text, enum, bool, date, struct or array)");
        }
        JsonElement specs = dt.get("specs");
        return switch (kind) {
            case STRUCT -> new TslType(kind, null, null, null, null, null, params(specs, where + ".specs"), null, null);
            case ENUM, BOOL -> new TslType(kind, null, null, null, null, valueNames(specs), null, null, null);
            case ARRAY -> {
                JsonObject s = object(specs, where + ".specs");
                yield new TslType(kind, null, null, null, null, null, null, integer(s, "size"),
                        type(object(s.get("item"), where + ".specs.item"), where + "[]"));
            }
            case TEXT -> new TslType(kind, null, null, null, specs != null && specs.isJsonObject()
                    ? integer(specs.getAsJsonObject(), "length") : null, null, null, null, null);
            case INT, FLOAT, DOUBLE -> {
                JsonObject s = specs != null && specs.isJsonObject() ? specs.getAsJsonObject() : new JsonObject();
                yield new TslType(kind, number(s, "min"), number(s, "max"), number(s, "step"), null, null, null, null,
                        null);
            }
            case DATE -> new TslType(kind, null, null, null, null, null, null, null, null);
        };
    }

    private static Map<String, String> valueNames(JsonElement specs) {
        Map<String, String> out = new LinkedHashMap<>();
        if (specs != null && specs.isJsonObject()) {
            specs.getAsJsonObject().entrySet().forEach(en -> out.put(en.getKey(), en.getValue().getAsString()));
        }
        return out;
    }

    private BigDecimal number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull() || e.getAsString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(e.getAsString().trim());
        } catch (NumberFormatException x) {
            throw fail("has \"" + key + "\": \"" + e.getAsString() + "\", which is not a number");
        }
    }

    private Integer integer(JsonObject o, String key) {
        BigDecimal n = number(o, key);
        return n == null ? null : n.intValue();
    }

    private JsonArray array(JsonElement e, String where) {
        if (!e.isJsonArray()) {
            throw fail("has " + where + " that is not a JSON array");
        }
        return e.getAsJsonArray();
    }

    private JsonObject object(JsonElement e, String where) {
        if (e == null || !e.isJsonObject()) {
            throw fail("lacks the JSON object " + where);
        }
        return e.getAsJsonObject();
    }

    private String string(JsonObject o, String key, String where) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            throw fail("lacks \"" + key + "\" in " + where);
        }
        return e.getAsString();
    }

    private AliyunInputException fail(String what) {
        return new AliyunInputException("thing model " + source + " " + what);
    }
}
