package io.atflow.ui.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.lsp4j.DocumentSymbol;

/**
 * What identifies an element of a script across two versions, so a compare pairs them and reports a change rather
 * than a removal and an addition: a step, device, product, payload, variable or include by its name; a {@code send}
 * by its command ({@code AT+QMTOPEN}); an {@code await} or URC handler by its URC ({@code await +QMTOPEN}); other
 * statements by their keyword ({@code if}, {@code set n}). A key that repeats among siblings is numbered
 * ({@code AT+QMTCFG #2}).
 */
public final class StructureKeys {
    private StructureKeys() {
    }

    /** The key of one symbol of {@code ScriptOutline.structure}. */
    public static String key(DocumentSymbol s) {
        String name = s.getName();
        return switch (s.getKind()) {
            case Function -> upTo(name, "=?");
            case Event -> name.startsWith("await ") || name.startsWith("on ") ? upTo(name, ":") : name;
            case Operator -> name.startsWith("set ") ? words(name, 2) : words(name, 1);
            case Property -> words(name, 1);
            default -> name;
        };
    }

    /** The keys of siblings, in order, numbered from the second occurrence of a key on. */
    public static <T> List<String> unique(List<T> siblings, Function<T, String> key) {
        Map<String, Integer> seen = new HashMap<>();
        return siblings.stream().map(s -> {
            String k = key.apply(s);
            int n = seen.merge(k, 1, Integer::sum);
            return n == 1 ? k : k + " #" + n;
        }).toList();
    }

    private static String upTo(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static String words(String text, int count) {
        String[] w = text.split(" ", count + 1);
        return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(count, w.length)));
    }
}
