package io.atflow.lang.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a logged line into the meaning of its codes, using the catalog. */
final class UrcDecoder {
    private UrcDecoder() {
    }

    static Optional<String> describe(AtCatalog catalog, String line) {
        String trimmed = line.strip();
        Optional<FinalResult> word = catalog.result(trimmed);
        if (word.isPresent()) {
            return Optional.ofNullable(word.get().doc());
        }
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<UrcSpec> spec = catalog.urc(trimmed.substring(0, colon));
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = fields(trimmed.substring(colon + 1).strip());
        List<String> meanings = new ArrayList<>();
        UrcSpec urc = spec.get();
        for (int i = 0; i < values.size() && i < urc.fields().size(); i++) {
            String field = urc.fields().get(i);
            String meaning = urc.meaning(field, values.get(i));
            if (meaning != null) {
                meanings.add(field + " " + values.get(i) + ": " + meaning);
            }
        }
        if (meanings.isEmpty()) {
            return Optional.ofNullable(urc.doc());
        }
        return Optional.of(urc.name() + " " + String.join("; ", meanings));
    }

    static List<String> fields(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : body.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                continue;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString().strip());
        return out;
    }
}
