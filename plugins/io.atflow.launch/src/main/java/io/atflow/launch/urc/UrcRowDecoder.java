package io.atflow.launch.urc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.engine.at.AtField;
import io.atflow.engine.at.AtLexer;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.lang.catalog.UrcSpec;

/**
 * Decodes a URC line into a {@link UrcRow} with the AT catalog: field names, the meaning of result codes (the
 * catalog's {@link UrcExplainer}) and JSON payloads ({@code +QMTRECV}) pretty-printed. A free-text last field (a
 * message payload, which may hold commas and quotes of its own) takes the rest of the line, after an optional length
 * field. Thread-safe.
 */
public final class UrcRowDecoder {
    /** The catalog's name of a free-text last field (it may hold commas and quotes). */
    public static final String PAYLOAD_FIELD = "payload";
    /** The name given to the optional length field in front of a payload. */
    public static final String LENGTH_FIELD = "length";
    private static final Pattern LENGTH_THEN_REST = Pattern.compile("\\s*(\\d+)\\s*,(.*)", Pattern.DOTALL);

    private final AtCatalog catalog;
    private final UrcExplainer explainer;

    public UrcRowDecoder(AtCatalog catalog) {
        this.catalog = catalog;
        this.explainer = new UrcExplainer(catalog);
    }

    /**
     * @param meaning the meaning the interpreter already found, or null to look it up here
     */
    public UrcRow decode(long seq, Instant time, String source, String line, String meaning) {
        String name = AtLexer.lineName(line);
        String body = AtLexer.lineBody(line);
        String code = name == null || body == null ? line.strip() : name;
        Optional<UrcSpec> spec = body == null ? Optional.empty() : catalog.urc(code);
        List<UrcField> fields = body == null ? List.of() : named(spec.orElse(null), body);
        String shown = explainer.console(line, meaning);
        if (shown.isEmpty() && body != null) {
            shown = meaning != null && !meaning.isBlank() ? meaning
                    : spec.map(UrcSpec::doc).or(() -> catalog.describe(line)).orElse("");
        }
        String json = fields.isEmpty() ? null : JsonText.pretty(fields.get(fields.size() - 1).value());
        return new UrcRow(seq, time, source, code, fields, shown, line, json);
    }

    private static List<UrcField> named(UrcSpec spec, String body) {
        List<String> names = spec == null ? List.of() : spec.fields();
        boolean payload = !names.isEmpty() && PAYLOAD_FIELD.equals(names.get(names.size() - 1));
        List<AtField> raw = body.isBlank() ? List.of()
                : AtLexer.fields(body, 0, payload ? names.size() : Integer.MAX_VALUE);
        List<UrcField> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i).value();
            if (payload && i == names.size() - 1) {
                Matcher m = LENGTH_THEN_REST.matcher(raw.get(i).raw());
                if (m.matches()) {
                    out.add(new UrcField(LENGTH_FIELD, m.group(1), null));
                    value = AtLexer.unquote(m.group(2).strip());
                }
            }
            String name = i < names.size() ? names.get(i) : "#" + (i + 1);
            out.add(new UrcField(name, value, spec == null ? null : spec.meaning(name, value)));
        }
        return out;
    }
}
