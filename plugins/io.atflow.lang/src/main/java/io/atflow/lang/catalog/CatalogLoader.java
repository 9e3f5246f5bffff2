package io.atflow.lang.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.atflow.lang.model.CommandForm;

/**
 * Reads the JSON catalog resource into an {@link AtCatalog}. Fields it does not know (e.g. a note for maintainers) are
 * ignored, so the format can grow without breaking older readers.
 */
final class CatalogLoader {
    static final String RESOURCE = "/io/atflow/lang/catalog/at-catalog.json";

    private CatalogLoader() {
    }

    static AtCatalog loadStandard() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the AT catalog resource " + RESOURCE + " is missing from the bundle");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the AT catalog: " + e.getMessage(), e);
        }
    }

    static AtCatalog load(Reader reader) {
        JsonObject root;
        try {
            root = JsonParser.parseReader(reader).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalStateException("the AT catalog is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        JsonObject tableJson = obj(root, "codeTables");
        for (String name : tableJson.keySet()) {
            tables.put(name, strings(tableJson.getAsJsonObject(name)));
        }
        List<ProfileSpec> profiles = objects(root, "profiles",
                o -> new ProfileSpec(str(o, "id"), str(o, "name"), bool(o, "default"), str(o, "family")));
        List<FinalResult> finals = objects(root, "finalResults",
                f -> new FinalResult(str(f, "name"), str(f, "doc"), Set.copyOf(list(f, "ends"))));
        return new AtCatalog(profiles, finals, objects(root, "commands", CatalogLoader::command),
                objects(root, "urcs", o -> urc(o, tables)));
    }

    private static CommandSpec command(JsonObject o) {
        Map<CommandForm, FormSpec> forms = new EnumMap<>(CommandForm.class);
        JsonObject formsJson = obj(o, "forms");
        for (String key : formsJson.keySet()) {
            CommandForm form = CommandForm.parse(key);
            forms.put(form, form(form, formsJson.getAsJsonObject(key)));
        }
        return new CommandSpec(str(o, "name"), str(o, "summary"), profiles(o), forms, str(o, "source"),
                list(o, "examples"), str(o, "badArgument"), strings(obj(o, "profileNotes")));
    }

    private static Set<String> profiles(JsonObject o) {
        return new HashSet<>(list(o, "profiles"));
    }

    private static FormSpec form(CommandForm form, JsonObject o) {
        Map<String, VariantSpec> variants = new LinkedHashMap<>();
        JsonObject v = obj(o, "variants");
        for (String key : v.keySet()) {
            JsonObject vo = v.getAsJsonObject(key);
            variants.put(key, new VariantSpec(key, str(vo, "doc"), params(vo), profiles(vo), str(vo, "source")));
        }
        List<ParamSpec> params = params(o);
        return new FormSpec(form, params, o.has("repeatLast") ? o.get("repeatLast").getAsInt() : 0,
                list(o, "responses"), list(o, "results"), DataMode.parse(str(o, "data")), variants,
                str(o, "resultWithin"), str(o, "maxResponse"), dataCases(o, params), list(o, "reply"));
    }

    /** {@code "dataCases": [{"args": 1, "data": "prompt-ctrlz"}, {"param": "send_length", "equals": "0", "data": "none"}]}. */
    private static List<DataCase> dataCases(JsonObject o, List<ParamSpec> params) {
        return objects(o, "dataCases", c -> dataCase(c, params));
    }

    private static DataCase dataCase(JsonObject c, List<ParamSpec> params) {
        List<Integer> args = new ArrayList<>();
        if (c.has("args")) {
            JsonElement a = c.get("args");
            if (a.isJsonArray()) {
                a.getAsJsonArray().forEach(n -> args.add(n.getAsInt()));
            } else {
                args.add(a.getAsInt());
            }
        }
        String param = str(c, "param");
        int index = -1;
        for (int i = 0; param != null && i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                index = i;
            }
        }
        if (param != null && index < 0) {
            throw new IllegalStateException("a data case of the AT catalog names the unknown parameter " + param);
        }
        return new DataCase(args, index, str(c, "equals"), DataMode.parse(str(c, "data")));
    }

    private static List<ParamSpec> params(JsonObject o) {
        return objects(o, "params", CatalogLoader::param);
    }

    private static ParamSpec param(JsonObject p) {
        ParamType type = ParamType.valueOf(str(p, "type").toUpperCase(java.util.Locale.ROOT));
        boolean quoted = p.has("quoted") ? p.get("quoted").getAsBoolean() : type == ParamType.STRING;
        return new ParamSpec(str(p, "name"), type, quoted, num(p, "min"), num(p, "max"), list(p, "values"),
                p.has("maxLength") ? p.get("maxLength").getAsInt() : null, bool(p, "optional"), bool(p, "secret"),
                bool(p, "uncertain"), str(p, "doc"));
    }

    private static UrcSpec urc(JsonObject o, Map<String, Map<String, String>> tables) {
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        JsonObject c = obj(o, "codes");
        for (String field : c.keySet()) {
            JsonElement table = c.get(field);
            if (table.isJsonPrimitive()) {
                String ref = table.getAsString().substring(1);
                Map<String, String> shared = tables.get(ref);
                if (shared == null) {
                    throw new IllegalStateException("the AT catalog refers to the unknown code table " + ref);
                }
                codes.put(field, shared);
            } else {
                codes.put(field, strings(table.getAsJsonObject()));
            }
        }
        return new UrcSpec(str(o, "name"), list(o, "fields"), codes, bool(o, "unsolicited"), bool(o, "result"),
                str(o, "doc"));
    }

    private static Map<String, String> strings(JsonObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.keySet().forEach(k -> out.put(k, o.get(k).getAsString()));
        return out;
    }

    private static JsonObject obj(JsonObject o, String name) {
        return o.has(name) ? o.getAsJsonObject(name) : new JsonObject();
    }

    private static JsonArray arr(JsonObject o, String name) {
        return o.has(name) ? o.getAsJsonArray(name) : new JsonArray();
    }

    /** The objects of the array {@code name} (none when it is absent), each read by {@code read}. */
    private static <T> List<T> objects(JsonObject o, String name, Function<JsonObject, T> read) {
        List<T> out = new ArrayList<>();
        arr(o, name).forEach(e -> out.add(read.apply(e.getAsJsonObject())));
        return out;
    }

    private static List<String> list(JsonObject o, String name) {
        List<String> out = new ArrayList<>();
        arr(o, name).forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static String str(JsonObject o, String name) {
        return o.has(name) ? o.get(name).getAsString() : null;
    }

    private static Long num(JsonObject o, String name) {
        return o.has(name) ? o.get(name).getAsLong() : null;
    }

    private static boolean bool(JsonObject o, String name) {
        return o.has(name) && o.get(name).getAsBoolean();
    }
}
