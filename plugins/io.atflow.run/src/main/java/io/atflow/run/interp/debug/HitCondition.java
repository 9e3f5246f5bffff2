package io.atflow.run.interp.debug;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A breakpoint's hit condition: {@code 3} (from the 3rd hit on), {@code >= 3}, {@code > 2}, {@code == 3} or
 * {@code % 2} (every 2nd hit). Counts start at 1: a 0 is refused whatever its operator (every hit is no hit
 * condition, {@code == 0} never holds, {@code % 0} divides by zero).
 */
record HitCondition(String operator, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(>=|>|==|%)?\\s*([1-9]\\d{0,8})\\s*");

    /** The condition of {@code text}, or null for none (null or blank). */
    static HitCondition parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("the hit condition \"" + text.strip()
                    + "\" is not a count from 1 (write 3, >= 3, > 2, == 3 or % 2)");
        }
        int n = Integer.parseInt(m.group(2));
        String op = m.group(1) == null ? ">=" : m.group(1);
        return new HitCondition(op, n);
    }

    /** Whether the {@code hits}-th hit (1 for the first) suspends. */
    boolean test(int hits) {
        return switch (operator) {
            case ">" -> hits > count;
            case "==" -> hits == count;
            case "%" -> hits % count == 0;
            default -> hits >= count;
        };
    }
}
