package io.atflow.lang.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest known names to a misspelt one (Levenshtein distance, case-insensitive). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The closest candidates (up to three, all at the smallest distance found) within a distance of a third of the
     * name's length (at least 1, at most 3).
     */
    public static List<String> suggest(String name, Collection<String> known) {
        if (name == null) {
            return List.of();
        }
        String key = name.toUpperCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, key.length() / 3));
        List<Object[]> close = known.stream().map(k -> new Object[] { k, distance(key, k.toUpperCase(Locale.ROOT)) })
                .filter(a -> (int) a[1] <= limit).sorted(Comparator.comparingInt(a -> (int) a[1])).toList();
        if (close.isEmpty()) {
            return List.of();
        }
        int best = (int) close.get(0)[1];
        return close.stream().filter(a -> (int) a[1] == best).map(a -> (String) a[0]).limit(3).toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
