package io.atflow.sim.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a replay cannot expect byte for byte because the platform issues them fresh (secrets, tokens, client
 * ids: the JSON string values of the named keys) or because they belong to the one module a log was captured from
 * (literal values a log's header declares, such as a signal quality, an ICCID or a firmware build). They are
 * compared by shape instead — the same runs of letters and digits separated by the same punctuation — and the value
 * actually seen replaces the logged one in every later command and expected line.
 */
public final class VolatileValues {
    /** What Aliyun issues on registration: {@code deviceSecret}, {@code deviceToken}, {@code clientId}. */
    public static final List<String> DEFAULT_KEYS = List.of("deviceSecret", "deviceToken", "clientId");

    private final Pattern jsonValue;
    private final List<String> keys;
    private final List<String> literals;

    public VolatileValues(List<String> keys) {
        this(keys, List.of());
    }

    private VolatileValues(List<String> keys, List<String> literals) {
        List<String> quoted = new ArrayList<>();
        keys.forEach(k -> quoted.add(Pattern.quote(k)));
        this.jsonValue = Pattern.compile("\"(?:" + String.join("|", quoted) + ")\":\"([^\"]*)\"");
        this.keys = List.copyOf(keys);
        this.literals = List.copyOf(literals);
    }

    /** These values and {@code more} logged values, compared by shape wherever a logged line contains them. */
    public VolatileValues withLiterals(List<String> more) {
        List<String> all = new ArrayList<>(literals);
        all.addAll(more);
        return new VolatileValues(keys, all);
    }

    public static VolatileValues defaults() {
        return new VolatileValues(DEFAULT_KEYS);
    }

    /** Start and end of each volatile value in {@code line}. */
    List<int[]> spans(String line) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = jsonValue.matcher(line);
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                spans.add(new int[] { m.start(1), m.end(1) });
            }
        }
        for (String literal : literals) {
            for (int at = line.indexOf(literal); at >= 0; at = line.indexOf(literal, at + literal.length())) {
                int start = at;
                if (spans.stream().noneMatch(s -> s[0] < start + literal.length() && start < s[1])) {
                    spans.add(new int[] { start, start + literal.length() });
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    /** A regex that matches any value shaped like {@code value}. */
    static String shape(String value) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (i < value.length() && Character.isLetterOrDigit(value.charAt(i))) {
                    i++;
                }
                regex.append("[A-Za-z0-9]+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}
