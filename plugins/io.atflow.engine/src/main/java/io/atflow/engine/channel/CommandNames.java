package io.atflow.engine.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * The extended command names in an AT command line, with their forms: {@code AT+CSQ;+CREG?} names {@code +CSQ}
 * (execute) and {@code +CREG} (read). Vendor prefixes {@code +}, {@code ^}, {@code $}, {@code %}, {@code *} are
 * recognised; basic commands ({@code ATI}, {@code ATE0}, {@code AT&W}) have no name.
 */
final class CommandNames {
    /** How an extended command is invoked. */
    enum Form {
        EXECUTE, READ, TEST, WRITE
    }

    record Name(String name, Form form) {
        /** Write and execute forms start actions whose outcome may arrive later as a delayed result code. */
        boolean acts() {
            return form == Form.EXECUTE || form == Form.WRITE;
        }
    }

    private CommandNames() {
    }

    static List<Name> of(String text) {
        String s = text.strip();
        if (s.length() < 2 || !s.regionMatches(true, 0, "AT", 0, 2)) {
            return List.of();
        }
        List<Name> names = new ArrayList<>(1);
        for (String part : splitOutsideQuotes(s.substring(2))) {
            Name n = name(part.strip());
            if (n != null) {
                names.add(n);
            }
        }
        return names;
    }

    private static Name name(String part) {
        if (part.isEmpty() || "+^$%*".indexOf(part.charAt(0)) < 0) {
            return null;
        }
        int end = 1;
        while (end < part.length() && (Character.isLetterOrDigit(part.charAt(end)) || part.charAt(end) == '_')) {
            end++;
        }
        if (end == 1) {
            return null;
        }
        String rest = part.substring(end);
        Form form = rest.startsWith("=?") ? Form.TEST
                : rest.startsWith("?") ? Form.READ : rest.startsWith("=") ? Form.WRITE : Form.EXECUTE;
        return new Name(part.substring(0, end).toUpperCase(java.util.Locale.ROOT), form);
    }

    private static List<String> splitOutsideQuotes(String s) {
        List<String> parts = new ArrayList<>(1);
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The name of a {@code +NAME: ...} line ({@code +NAME} up to the colon), or null for other lines. */
    static String ofLine(String line) {
        if (line.isEmpty() || "+^$%*".indexOf(line.charAt(0)) < 0) {
            return null;
        }
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon);
        return name.length() > 1 && name.indexOf(' ') < 0 ? name.toUpperCase(java.util.Locale.ROOT) : null;
    }
}
