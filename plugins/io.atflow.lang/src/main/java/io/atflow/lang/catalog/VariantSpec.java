package io.atflow.lang.catalog;

import java.util.List;

/**
 * A sub-command selected by the quoted first argument, e.g. {@code "aliauth"} of AT+QMTCFG. Its parameters follow the
 * key.
 */
public record VariantSpec(String key, String doc, List<ParamSpec> params) {
    public VariantSpec {
        params = List.copyOf(params);
    }
}
