package io.atflow.run.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.atflow.engine.at.AtField;
import io.atflow.engine.at.AtLexer;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcSpec;

/**
 * Writes a line the module printed as a script pattern. Values that identify the outcome stay literal; values that
 * differ from run to run become captures named after the catalog's fields: a response keeps values the catalog gives a meaning
 * and values echoed from the command ({@code +CEREG: {n},1}), a URC keeps everything but its payload ({@code +QMTRECV: 0,1,"t","{payloadValue}"}). A line
 * the grammar cannot hold literally is reduced to its prefix ({@code +QENG}).
 */
final class PatternWriter {
    /** How values are treated. */
    enum Mode {
        /** Information response: coded fields literal, the others captured. */
        RESPONSE,
        /** URC: every field literal except a free-text payload and its length. */
        URC
    }

    private static final Pattern PREFIX = Pattern.compile("\\+(CME ERROR|CMS ERROR|[A-Za-z0-9_]+)");
    private static final Pattern WORDS = Pattern.compile("[A-Z][A-Z0-9_]*( [A-Z][A-Z0-9_]*)*");
    /** Characters a pattern reads as captures or placeholders. */
    private static final Pattern LITERAL_UNSAFE = Pattern.compile("[{}$]");
    private static final Pattern LENGTH = Pattern.compile("\\s*\\d+\\s*");

    private final AtCatalog catalog;

    PatternWriter(AtCatalog catalog) {
        this.catalog = catalog;
    }

    /** The pattern for {@code line}, or empty when no pattern can express it. */
    Optional<String> write(String line, Mode mode) {
        return write(line, mode, Set.of());
    }

    /**
     * @param echoed values of the command's arguments (raw, quotes kept): a response repeating one keeps it literal
     *               ({@code +QENG: "servingcell",...} for {@code AT+QENG="servingcell"})
     */
    Optional<String> write(String line, Mode mode, Set<String> echoed) {
        String t = line.strip();
        int colon = t.indexOf(':');
        if (!t.startsWith("+")) {
            return WORDS.matcher(t).matches() ? Optional.of(t) : Optional.empty();
        }
        String prefix = colon < 0 ? t : t.substring(0, colon);
        if (!PREFIX.matcher(prefix).matches()) {
            return Optional.empty();
        }
        if (colon < 0 || colon + 1 >= t.length() || t.charAt(colon + 1) != ' ') {
            return Optional.of(prefix);
        }
        String body = t.substring(colon + 1).stripLeading();
        String rendered = render(catalog.urc(prefix), body, mode, echoed);
        return Optional.of(rendered != null && valid(rendered) ? prefix + ": " + rendered : prefix);
    }

    private static String render(Optional<UrcSpec> spec, String body, Mode mode, Set<String> echoed) {
        List<String> names = spec.map(UrcSpec::fields).orElse(List.of());
        boolean payload = !names.isEmpty() && "payload".equals(names.get(names.size() - 1));
        List<String> raw = AtLexer.fields(body, 0, payload ? names.size() : Integer.MAX_VALUE).stream().map(AtField::raw)
                .toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i);
            boolean rest = payload && i == raw.size() - 1 && raw.size() == names.size();
            if (rest) {
                out.add(payloadPart(value));
                continue;
            }
            String field = i < names.size() ? names.get(i) : null;
            boolean capture = mode == Mode.RESPONSE && field != null && !known(spec.get(), field, value)
                    && !echoed.contains(value.strip());
            if (!capture && LITERAL_UNSAFE.matcher(value).find()) {
                return null;
            }
            out.add(capture ? capture(value, CaptureNames.of(field)) : value);
        }
        return String.join(",", out);
    }

    /** True when the catalog gives the value a meaning (a result code rather than a measurement). */
    private static boolean known(UrcSpec spec, String field, String raw) {
        return spec.meaning(field, AtLexer.unquote(raw.strip())) != null;
    }

    private static String payloadPart(String rest) {
        List<AtField> two = AtLexer.fields(rest, 0, 2);
        if (two.size() == 2 && LENGTH.matcher(two.get(0).raw()).matches()) {
            return "{payloadLength}," + capture(two.get(1).raw(), "payloadValue");
        }
        return capture(rest, "payloadValue");
    }

    private static String capture(String raw, String name) {
        String v = raw.strip();
        return v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2 ? "\"{" + name + "}\"" : "{" + name + "}";
    }

    /**
     * Whether the grammar's URC_PATTERN token holds {@code body} (literal values were checked for braces and
     * {@code $} already): it starts with neither a blank nor a lower-case letter, has no blank outside quotes and
     * closes its quotes.
     */
    static boolean valid(String body) {
        if (body.isEmpty() || Character.isLowerCase(body.charAt(0)) || Character.isWhitespace(body.charAt(0))) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\r' || c == '\n' || (!quoted && Character.isWhitespace(c))) {
                return false;
            }
        }
        return !quoted;
    }
}
