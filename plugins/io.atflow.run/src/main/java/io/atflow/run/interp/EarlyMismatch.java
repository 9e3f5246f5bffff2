package io.atflow.run.interp;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.atflow.engine.at.AtLexer;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcSpec;

/**
 * Lets an await of a delayed result fail as soon as the module reports a different outcome of the same command,
 * instead of waiting out its timeout: {@code await +QMTCONN: 0,0,0 within 10s} ends at once on
 * {@code +QMTCONN: 0,0,4}. Only results of the same operation count: the fields before the catalog's {@code result}
 * field (client index, message id) must equal the pattern's literal values, and a retransmission report
 * ({@code result} 1, "packet retransmitted") is not an outcome. Unsolicited URCs ({@code +QMTRECV}) never end an
 * await early.
 */
public final class EarlyMismatch {
    private static final String RESULT_FIELD = "result";

    private EarlyMismatch() {
    }

    /** A regular expression for the lines that decide such an await negatively, or empty when none do. */
    public static Optional<String> regex(CompiledPattern pattern, AtCatalog catalog) {
        String prefix = pattern.prefix();
        String text = pattern.text();
        int colon = text.indexOf(':');
        if (prefix == null || colon < 0) {
            return Optional.empty();
        }
        UrcSpec spec = catalog.urc(prefix).orElse(null);
        if (spec == null || !spec.result()) {
            return Optional.empty();
        }
        int resultIndex = spec.fields().indexOf(RESULT_FIELD);
        int identity = resultIndex < 0 ? 0 : resultIndex;
        List<String> wanted = AtLexer.values(text.substring(colon + 1));
        if (wanted.size() < identity) {
            return Optional.empty();
        }
        StringBuilder re = new StringBuilder(Pattern.quote(prefix + ":")).append("\\s*");
        for (int i = 0; i < identity; i++) {
            String w = wanted.get(i);
            if (w.contains("{") || w.contains("$")) {
                return Optional.empty();
            }
            re.append(Pattern.quote(w)).append(',');
        }
        String retransmitted = resultIndex < 0 ? null : spec.meaning(RESULT_FIELD, "1");
        if (retransmitted != null && retransmitted.contains("retransmit")) {
            re.append("(?!1(?:,|$))");
        }
        return Optional.of(re.append(".*").toString());
    }
}
