package io.atflow.launch.urc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text after {@code NAME:} into values: commas outside double quotes separate them, quotes around a value
 * are removed. A free-text last field (a message payload, which may hold commas and quotes of its own, e.g. JSON) takes
 * the rest of the line, after an optional length field.
 */
final class UrcFieldSplitter {
    private static final Pattern LENGTH_THEN_REST = Pattern.compile("\\s*(\\d+)\\s*,(.*)", Pattern.DOTALL);

    private UrcFieldSplitter() {
    }

    /** Every value, quote-aware. */
    static List<String> split(String body) {
        return split(body, Integer.MAX_VALUE).values();
    }

    /**
     * The first {@code headerCount} values quote-aware, then the rest of the line as one value. With
     * {@code lengthBeforeRest}, a number followed by a comma in front of the rest is returned as {@link Split#length}.
     */
    static Split splitWithRest(String body, int headerCount, boolean lengthBeforeRest) {
        Split head = split(body, headerCount);
        if (head.rest() == null) {
            return head;
        }
        String rest = head.rest();
        String length = null;
        Matcher m = LENGTH_THEN_REST.matcher(rest);
        if (lengthBeforeRest && m.matches()) {
            length = m.group(1);
            rest = m.group(2);
        }
        List<String> values = new ArrayList<>(head.values());
        values.add(unquote(rest.strip()));
        return new Split(values, null, length);
    }

    private static Split split(String body, int headerCount) {
        List<String> values = new ArrayList<>();
        if (body.isBlank()) {
            return new Split(values, null, null);
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                values.add(current.toString().strip());
                current.setLength(0);
                if (values.size() == headerCount) {
                    return new Split(values, body.substring(i + 1), null);
                }
            } else {
                current.append(c);
            }
        }
        values.add(current.toString().strip());
        return new Split(values, null, null);
    }

    static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * @param values the values
     * @param rest   the unsplit remainder (internal), or null
     * @param length the length field found before a free-text last field, or null
     */
    record Split(List<String> values, String rest, String length) {
    }
}
