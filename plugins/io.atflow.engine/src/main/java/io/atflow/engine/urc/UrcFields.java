package io.atflow.engine.urc;

import java.util.ArrayList;
import java.util.List;

/** Splits URC lines into name and fields. */
final class UrcFields {
    private UrcFields() {
    }

    static String name(String line) {
        if (!line.isEmpty() && "+^$%*".indexOf(line.charAt(0)) >= 0) {
            int colon = line.indexOf(':');
            return colon < 0 ? line : line.substring(0, colon);
        }
        return line;
    }

    static String afterName(String line) {
        if (!line.isEmpty() && "+^$%*".indexOf(line.charAt(0)) >= 0) {
            int colon = line.indexOf(':');
            return colon < 0 ? "" : line.substring(colon + 1);
        }
        return "";
    }

    /** Values separated by commas outside double quotes; whitespace around values and the quotes are removed. */
    static List<String> split(String values) {
        List<String> fields = new ArrayList<>();
        if (values.isBlank()) {
            return fields;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < values.length(); i++) {
            char c = values.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString().strip());
        return fields;
    }

    /** Fields of a length-framed line: the header fields, then the payload exactly as given. */
    static List<String> framed(String line, String payload) {
        int at = line.lastIndexOf(payload);
        if (at < 0) {
            return split(afterName(line));
        }
        String header = line.substring(0, at);
        if (header.endsWith("\"")) {
            header = header.substring(0, header.length() - 1);
        }
        if (header.endsWith(",")) {
            header = header.substring(0, header.length() - 1);
        }
        List<String> fields = split(afterName(header));
        fields.add(payload);
        return fields;
    }
}
