package io.atflow.lang.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.atflow.engine.at.AtLexer;

/**
 * What a line the module printed means, from the catalog's code tables, in the three wordings the tools show: the
 * hover's ({@link #describe}: {@code +QMTSTAT err_code 1: connection closed or reset by peer}), a console's and the
 * URC view's ({@link #console}: {@code connection closed or reset by peer}; with several coded fields
 * {@code result 0: packet sent and acknowledged; ret_code 4: bad user name or password}) and a failure message's
 * ({@link #meaning}: the meaning of the fields that differ from what was expected). Immutable.
 */
public final class UrcExplainer {
    private final AtCatalog catalog;

    public UrcExplainer(AtCatalog catalog) {
        this.catalog = catalog;
    }

    /** A coded field of a line: its catalog name, its value and what the value means. */
    public record Coded(String field, String value, String meaning) {
        String labelled() {
            return field + " " + value + ": " + meaning;
        }
    }

    /** The fields of {@code line} whose values the catalog gives a meaning, in order; none for unknown lines. */
    public List<Coded> coded(String line) {
        String name = AtLexer.lineName(line);
        Optional<UrcSpec> spec = name == null ? Optional.empty() : catalog.urc(name);
        String body = AtLexer.lineBody(line);
        if (spec.isEmpty() || body == null) {
            return List.of();
        }
        List<String> values = AtLexer.values(body);
        List<Coded> out = new ArrayList<>();
        for (int i = 0; i < values.size() && i < spec.get().fields().size(); i++) {
            String field = spec.get().fields().get(i);
            String meaning = spec.get().meaning(field, values.get(i));
            if (meaning != null) {
                out.add(new Coded(field, values.get(i), meaning));
            }
        }
        return out;
    }

    /**
     * The hover's explanation: a result word's documentation, {@code NAME field value: meaning; ...} for coded fields,
     * else the URC's documentation; empty when the catalog knows nothing.
     */
    public Optional<String> describe(String line) {
        String trimmed = line.strip();
        Optional<FinalResult> word = catalog.result(trimmed);
        if (word.isPresent()) {
            return Optional.ofNullable(word.get().doc());
        }
        String name = AtLexer.lineName(trimmed);
        Optional<UrcSpec> spec = name == null || AtLexer.lineBody(trimmed) == null ? Optional.empty()
                : catalog.urc(name);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        List<Coded> coded = coded(trimmed);
        return coded.isEmpty() ? Optional.ofNullable(spec.get().doc())
                : Optional.of(spec.get().name() + " " + String.join("; ", coded.stream().map(Coded::labelled).toList()));
    }

    /**
     * The explanation a console shows next to a line: the meaning of its one coded field, {@code field value:
     * meaning; ...} for several; for a word such as {@code RDY} {@code given} (the interpreter's) or the catalog's
     * documentation; "" for lines without coded values (a {@code +QMTRECV} speaks for itself).
     */
    public String console(String line, String given) {
        if (AtLexer.lineBody(line) == null) {
            return given != null && !given.isBlank() ? given : describe(line).orElse("");
        }
        List<Coded> coded = coded(line);
        return coded.size() == 1 ? coded.get(0).meaning()
                : String.join("; ", coded.stream().map(Coded::labelled).toList());
    }

    /** {@code line} followed by what it means in parentheses, when the catalog knows: for failure messages. */
    public String explain(String line, String expected) {
        return meaning(line, expected).map(m -> line + " (" + m + ")").orElse(line);
    }

    /**
     * For failure messages: the meanings of the coded fields of {@code line} that differ from {@code expected} (a
     * pattern, may be null), else of all coded fields; for a final result other than OK its documentation as part of a
     * sentence ({@code +QMTCONN: 0,0,4} against {@code +QMTCONN: 0,0,0} → {@code bad user name or password}).
     */
    public Optional<String> meaning(String line, String expected) {
        String name = AtLexer.lineName(line);
        if (name == null || AtLexer.lineBody(line) == null || catalog.urc(name).isEmpty()) {
            return line.strip().equals("OK") ? Optional.empty()
                    : catalog.result(line.strip()).map(r -> sentencePart(r.doc()));
        }
        List<String> values = AtLexer.values(AtLexer.lineBody(line));
        List<String> wanted = expected != null && name.equals(AtLexer.lineName(expected))
                ? AtLexer.values(AtLexer.lineBody(expected)) : List.of();
        UrcSpec spec = catalog.urc(name).get();
        List<String> differing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < values.size() && i < spec.fields().size(); i++) {
            String m = spec.meaning(spec.fields().get(i), values.get(i));
            if (m == null) {
                continue;
            }
            all.add(m);
            if (i < wanted.size() && !wanted.get(i).contains("{") && !wanted.get(i).equals(values.get(i))) {
                differing.add(m);
            }
        }
        List<String> shown = differing.isEmpty() ? all : differing;
        return shown.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", shown));
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
}
