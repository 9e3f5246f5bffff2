package io.atflow.launch.urc;

import java.io.IOException;
import java.io.StringReader;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Recognises JSON payloads (objects and arrays, strictly) and pretty-prints them for the URC details pane. */
public final class JsonText {
    // TypeAdapter.read keeps the reader's strictness (JsonParser.parseReader would switch it to lenient)
    private static final Gson PARSER = new Gson();
    private static final Gson PRINTER = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    private JsonText() {
    }

    /** {@code text} indented two spaces per level, or null when it is not a JSON object or array. */
    public static String pretty(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (!(t.startsWith("{") && t.endsWith("}")) && !(t.startsWith("[") && t.endsWith("]"))) {
            return null;
        }
        try (JsonReader reader = new JsonReader(new StringReader(t))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = PARSER.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return null;
            }
            return PRINTER.toJson(element);
        } catch (RuntimeException | IOException e) {
            return null;
        }
    }
}
