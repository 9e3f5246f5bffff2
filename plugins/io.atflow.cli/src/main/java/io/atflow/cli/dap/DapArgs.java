package io.atflow.cli.dap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reading request arguments and building response bodies. */
final class DapArgs {
    private DapArgs() {
    }

    /** A number argument; refused with one sentence when it is missing or not a number. */
    static int integer(JsonObject args, String name) throws DapError {
        JsonElement value = args.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new DapError("the request needs \"" + name + "\" (a number)");
        }
        return value.getAsInt();
    }

    /** A text argument, or null when it is missing or blank. */
    static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() && !o.get(name).getAsString().isBlank()
                ? o.get(name).getAsString() : null;
    }

    /** A body with one member. */
    static JsonObject one(String name, JsonElement value) {
        JsonObject body = new JsonObject();
        body.add(name, value);
        return body;
    }
}
