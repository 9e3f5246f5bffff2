package io.atflow.cli.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Applies LSP text edits to a text the way an editor does (positions are line / UTF-16 character). */
final class LspEdits {
    private LspEdits() {
    }

    /** {@code text} with {@code edits} (an array of TextEdit) applied; they refer to the text before any of them. */
    static String apply(String text, JsonArray edits) {
        List<int[]> ranges = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonElement e : edits) {
            JsonObject range = e.getAsJsonObject().getAsJsonObject("range");
            ranges.add(new int[] {offset(text, range.getAsJsonObject("start")), offset(text, range.getAsJsonObject("end")),
                    ranges.size()});
            texts.add(e.getAsJsonObject().get("newText").getAsString());
        }
        ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).reversed());
        StringBuilder b = new StringBuilder(text);
        for (int[] r : ranges) {
            b.replace(r[0], r[1], texts.get(r[2]));
        }
        return b.toString();
    }

    /** The edits a workspace edit makes to {@code uri}, from {@code changes} or {@code documentChanges}. */
    static JsonArray editsFor(JsonObject workspaceEdit, String uri) {
        JsonArray out = new JsonArray();
        if (workspaceEdit.has("changes") && workspaceEdit.getAsJsonObject("changes").has(uri)) {
            out.addAll(workspaceEdit.getAsJsonObject("changes").getAsJsonArray(uri));
        }
        if (workspaceEdit.has("documentChanges")) {
            for (JsonElement c : workspaceEdit.getAsJsonArray("documentChanges")) {
                JsonObject change = c.getAsJsonObject();
                if (change.has("textDocument") && uri.equals(change.getAsJsonObject("textDocument").get("uri").getAsString())) {
                    out.addAll(change.getAsJsonArray("edits"));
                }
            }
        }
        return out;
    }

    static int offset(String text, JsonObject position) {
        int line = position.get("line").getAsInt();
        int offset = 0;
        for (int i = 0; i < line; i++) {
            int nl = text.indexOf('\n', offset);
            if (nl < 0) {
                throw new AssertionError("line " + line + " is past the end of the text");
            }
            offset = nl + 1;
        }
        return offset + position.get("character").getAsInt();
    }
}
