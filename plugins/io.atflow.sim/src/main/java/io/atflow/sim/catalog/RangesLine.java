package io.atflow.sim.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.atflow.lang.catalog.ParamSpec;

/**
 * The line a test form prints when the manual gives none of its own, built from the parameters as Quectel's manuals
 * write ranges: {@code +QSSLOPEN: (1-16),(0-5),(0-11),"<serveraddr>",(0-65535),(0,1,2)}; a variant's line starts
 * with its quoted key.
 */
final class RangesLine {
    private RangesLine() {
    }

    static String of(String prefix, String key, List<ParamSpec> params) {
        List<String> parts = new ArrayList<>();
        if (key != null) {
            parts.add("\"" + key + "\"");
        }
        params.forEach(p -> parts.add(range(p)));
        return prefix + ": " + String.join(",", parts);
    }

    private static String range(ParamSpec p) {
        return switch (p.type()) {
            case INT -> "(" + (p.min() == null ? 0 : p.min()) + "-" + (p.max() == null ? "" : p.max()) + ")";
            case ENUM -> "(" + p.values().stream().map(v -> p.quoted() ? "\"" + v + "\"" : v)
                    .collect(Collectors.joining(",")) + ")";
            case STRING -> p.quoted() ? "\"<" + p.name() + ">\"" : "<" + p.name() + ">";
        };
    }
}
