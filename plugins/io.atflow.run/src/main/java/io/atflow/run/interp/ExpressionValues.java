package io.atflow.run.interp;

import java.math.BigDecimal;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * The values of expressions: texts (strings, numbers, captures), booleans, JSON from {@code json(...)} and
 * identities. Comparisons are numeric when both sides are numbers ({@code 200 == "200"}), textual otherwise.
 */
public final class ExpressionValues {
    private ExpressionValues() {
    }

    /** The text of a value, or null for an identity (which has no text of its own). */
    public static String text(Object v) {
        return switch (v) {
            case String s -> s;
            case Boolean b -> b.toString();
            case JsonPrimitive p -> p.getAsString();
            case JsonNull n -> "null";
            case JsonElement e -> e.toString();
            case null, default -> null;
        };
    }

    /** True/false of a condition value, or null when it is neither. */
    public static Boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        String t = text(v);
        return "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null;
    }

    public static boolean equal(Object a, Object b) {
        String x = text(a);
        String y = text(b);
        BigDecimal nx = number(x);
        BigDecimal ny = number(y);
        if (nx != null && ny != null) {
            return nx.compareTo(ny) == 0;
        }
        return x != null && x.equals(y);
    }

    /** Numeric order when both are numbers, else the order of the texts. */
    public static int compare(Object a, Object b) {
        String x = String.valueOf(text(a));
        String y = String.valueOf(text(b));
        BigDecimal nx = number(x);
        BigDecimal ny = number(y);
        return nx != null && ny != null ? nx.compareTo(ny) : x.compareTo(y);
    }

    static BigDecimal number(String s) {
        if (s == null || s.isEmpty() || s.length() > 64) {
            return null;
        }
        char c = s.charAt(0);
        if (!(Character.isDigit(c) || c == '-' || c == '+')) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
