package io.atflow.run.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcSpec;

/**
 * What a line the module printed means, for failure messages: {@code +QMTCONN: 0,0,4} against the expected
 * {@code +QMTCONN: 0,0,0} gives {@code bad user name or password} (the meaning of the fields that differ); a final
 * result such as {@code +CME ERROR: 10} gives its catalog meaning.
 */
public final class UrcMeanings {
    private final AtCatalog catalog;

    public UrcMeanings(AtCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code line} followed by what it means in parentheses, when the catalog knows. */
    public String explain(String line, String expected) {
        return meaning(line, expected).map(m -> line + " (" + m + ")").orElse(line);
    }

    /** The meaning of the fields of {@code line} that differ from {@code expected} (a pattern; may be null). */
    public Optional<String> meaning(String line, String expected) {
        String name = name(line);
        Optional<UrcSpec> spec = name == null ? Optional.empty() : catalog.urc(name);
        if (spec.isEmpty()) {
            return line.strip().equals("OK") ? Optional.empty()
                    : catalog.result(line.strip()).map(r -> sentencePart(r.doc()));
        }
        List<String> values = fields(body(line));
        List<String> wanted = expected != null && name.equals(name(expected)) ? fields(body(expected)) : List.of();
        List<String> differing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < values.size() && i < spec.get().fields().size(); i++) {
            String m = spec.get().meaning(spec.get().fields().get(i), values.get(i));
            if (m == null) {
                continue;
            }
            all.add(m);
            if (i < wanted.size() && !wanted.get(i).contains("{") && !wanted.get(i).equals(values.get(i))) {
                differing.add(m);
            }
        }
        if (!differing.isEmpty()) {
            return Optional.of(String.join("; ", differing));
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", all));
    }

    /** A documentation sentence as part of another: lower-case start, no final period. */
    static String sentencePart(String doc) {
        if (doc == null || doc.isEmpty()) {
            return null;
        }
        String d = doc.endsWith(".") ? doc.substring(0, doc.length() - 1) : doc;
        boolean word = d.length() > 1 && Character.isLowerCase(d.charAt(1));
        return word ? Character.toLowerCase(d.charAt(0)) + d.substring(1) : d;
    }

    static String name(String line) {
        int colon = line.indexOf(':');
        return line.startsWith("+") && colon > 0 ? line.substring(0, colon) : null;
    }

    static String body(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    /** Comma-separated fields outside double quotes, quotes kept out. */
    static List<String> fields(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : body.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
