package io.atflow.lang.catalog;

import java.util.List;
import java.util.Set;

/**
 * A sub-command selected by the quoted first argument, e.g. {@code "aliauth"} of AT+QMTCFG. Its parameters follow the
 * key. {@code profiles} empty means every profile that has the command has the setting; {@code source} names the
 * manual section it comes from, when it differs from the command's.
 */
public record VariantSpec(String key, String doc, List<ParamSpec> params, Set<String> profiles, String source) {
    public VariantSpec {
        params = List.copyOf(params);
        profiles = Set.copyOf(profiles);
    }

    public boolean availableIn(String profile) {
        return profiles.isEmpty() || profile == null || profiles.contains(profile);
    }
}
