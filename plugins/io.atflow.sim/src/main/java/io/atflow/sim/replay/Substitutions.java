package io.atflow.sim.replay;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Logged values replaced by the values the module actually produced, applied to later lines of the replay. */
final class Substitutions {
    private final Map<String, String> replacements = new LinkedHashMap<>();

    void addAll(Map<String, String> seen) {
        replacements.putAll(seen);
    }

    String apply(String text) {
        String out = text;
        for (Map.Entry<String, String> e : replacements.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> x) -> x.getKey().length()).reversed())
                .toList()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    Map<String, String> asMap() {
        return Map.copyOf(replacements);
    }
}
