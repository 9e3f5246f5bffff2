package io.atflow.lang.validation;

import java.util.List;

/**
 * Where a key or a value of a JSON text is, found by the path of keys leading to it ({@code params}, {@code Temp}):
 * enough to put a diagnostic on {@code "Tmp"} or on {@code 101} in a payload. Array indexes in the path are
 * skipped (the element's parent key is marked). Offsets are relative to the JSON text.
 */
final class JsonSpans {
    record Span(int offset, int length) {
    }

    private JsonSpans() {
    }

    /** The identifier of the last key of {@code path}, without its quotes; null when it is not found. */
    static Span key(String json, List<String> path) {
        int at = keyAt(json, path);
        String last = lastKey(path);
        return at < 0 ? null : new Span(at + 1, last.length());
    }

    /** The value after the last key of {@code path}; null when it is not found. */
    static Span value(String json, List<String> path) {
        int at = keyAt(json, path);
        if (at < 0) {
            return null;
        }
        int i = json.indexOf(':', at + lastKey(path).length() + 2);
        if (i < 0) {
            return null;
        }
        i++;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        int end = end(json, i);
        return end <= i ? null : new Span(i, end - i);
    }

    private static String lastKey(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (!path.get(i).matches("\\d+")) {
                return path.get(i);
            }
        }
        return "";
    }

    /** Offset of the opening quote of the last key, searching each key of the path after the previous one. */
    private static int keyAt(String json, List<String> path) {
        int from = 0;
        int found = -1;
        for (String key : path) {
            if (key.matches("\\d+")) {
                continue;
            }
            found = quotedKey(json, key, from);
            if (found < 0) {
                return -1;
            }
            from = found + key.length() + 2;
        }
        return found;
    }

    private static int quotedKey(String json, String key, int from) {
        String quoted = "\"" + key + "\"";
        for (int i = json.indexOf(quoted, from); i >= 0; i = json.indexOf(quoted, i + 1)) {
            int j = i + quoted.length();
            while (j < json.length() && Character.isWhitespace(json.charAt(j))) {
                j++;
            }
            if (j < json.length() && json.charAt(j) == ':') {
                return i;
            }
        }
        return -1;
    }

    /** End of the JSON value starting at {@code i}: a string, an object or array with nesting, or a bare word. */
    private static int end(String json, int i) {
        if (i >= json.length()) {
            return i;
        }
        char c = json.charAt(i);
        if (c == '"') {
            for (int j = i + 1; j < json.length(); j++) {
                if (json.charAt(j) == '\\') {
                    j++;
                } else if (json.charAt(j) == '"') {
                    return j + 1;
                }
            }
            return json.length();
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            boolean string = false;
            for (int j = i; j < json.length(); j++) {
                char d = json.charAt(j);
                if (string) {
                    if (d == '\\') {
                        j++;
                    } else if (d == '"') {
                        string = false;
                    }
                } else if (d == '"') {
                    string = true;
                } else if (d == '{' || d == '[') {
                    depth++;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return j + 1;
                }
            }
            return json.length();
        }
        int j = i;
        while (j < json.length() && ",}] \t\r\n".indexOf(json.charAt(j)) < 0) {
            j++;
        }
        return j;
    }
}
