package io.atflow.launch.urc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcSpec;

/**
 * Decodes a URC line into a {@link UrcRow} with the AT catalog: field names, the meaning of result codes
 * ({@code +QMTSTAT: 0,1} → "connection closed or reset by peer") and JSON payloads ({@code +QMTRECV}) pretty-printed.
 * Thread-safe.
 */
public final class UrcRowDecoder {
    /** The catalog's name of a free-text last field (it may hold commas and quotes). */
    public static final String PAYLOAD_FIELD = "payload";
    /** The name given to the optional length field in front of a payload. */
    public static final String LENGTH_FIELD = "length";

    private final AtCatalog catalog;

    public UrcRowDecoder(AtCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param meaning the meaning the interpreter already found, or null to look it up here
     */
    public UrcRow decode(long seq, Instant time, String source, String line, String meaning) {
        String code = code(line);
        String body = body(line);
        Optional<UrcSpec> spec = body == null ? Optional.empty() : catalog.urc(code);
        List<UrcField> fields = spec.map(s -> named(s, body))
                .orElseGet(() -> body == null ? List.of() : numbered(UrcFieldSplitter.split(body)));
        String shown = meaning(spec, fields, line, meaning);
        String json = fields.isEmpty() ? null : JsonText.pretty(fields.get(fields.size() - 1).value());
        return new UrcRow(seq, time, source, code, fields, shown, line, json);
    }

    private List<UrcField> named(UrcSpec spec, String body) {
        List<String> names = spec.fields();
        boolean payload = !names.isEmpty() && PAYLOAD_FIELD.equals(names.get(names.size() - 1));
        UrcFieldSplitter.Split split = payload ? UrcFieldSplitter.splitWithRest(body, names.size() - 1, true)
                : new UrcFieldSplitter.Split(UrcFieldSplitter.split(body), null, null);
        List<UrcField> out = new ArrayList<>();
        List<String> values = split.values();
        for (int i = 0; i < values.size(); i++) {
            boolean last = payload && i == values.size() - 1 && values.size() == names.size();
            if (last && split.length() != null) {
                out.add(new UrcField(LENGTH_FIELD, split.length(), null));
            }
            String name = i < names.size() ? names.get(i) : "#" + (i + 1);
            out.add(new UrcField(name, values.get(i), spec.meaning(name, values.get(i))));
        }
        return out;
    }

    private static List<UrcField> numbered(List<String> values) {
        List<UrcField> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(new UrcField("#" + (i + 1), values.get(i), null));
        }
        return out;
    }

    private String meaning(Optional<UrcSpec> spec, List<UrcField> fields, String line, String given) {
        List<UrcField> coded = fields.stream().filter(f -> f.meaning() != null).toList();
        if (coded.size() == 1) {
            return coded.get(0).meaning();
        }
        if (!coded.isEmpty()) {
            return String.join("; ", coded.stream().map(f -> f.name() + " " + f.value() + ": " + f.meaning()).toList());
        }
        if (given != null && !given.isBlank()) {
            return given;
        }
        return spec.map(UrcSpec::doc).or(() -> catalog.describe(line)).orElse("");
    }

    /**
     * The meaning to show next to a URC in a console: what its coded fields mean ({@code +QMTOPEN: 0,0} → "network
     * opened successfully"); for a word such as {@code RDY} the interpreter's or the catalog's explanation; nothing for
     * URCs without coded values (a {@code +QMTRECV} speaks for itself).
     *
     * @param given the interpreter's meaning, or null
     */
    public String consoleMeaning(String line, String given) {
        String code = code(line);
        String body = body(line);
        if (body == null) {
            return given != null && !given.isBlank() ? given : catalog.describe(line).orElse("");
        }
        Optional<UrcSpec> spec = catalog.urc(code);
        if (spec.isEmpty()) {
            return "";
        }
        List<UrcField> coded = named(spec.get(), body).stream().filter(f -> f.meaning() != null).toList();
        return coded.size() == 1 ? coded.get(0).meaning()
                : String.join("; ", coded.stream().map(f -> f.name() + " " + f.value() + ": " + f.meaning()).toList());
    }

    /** {@code +QMTSTAT} for {@code +QMTSTAT: 0,1}; the whole line for words such as {@code RDY}. */
    static String code(String line) {
        String t = line.strip();
        int colon = t.indexOf(':');
        return isPrefixed(t) && colon > 0 ? t.substring(0, colon) : t;
    }

    private static String body(String line) {
        String t = line.strip();
        int colon = t.indexOf(':');
        return isPrefixed(t) && colon > 0 ? t.substring(colon + 1) : null;
    }

    private static boolean isPrefixed(String t) {
        return !t.isEmpty() && "+^$%*".indexOf(t.charAt(0)) >= 0;
    }
}
