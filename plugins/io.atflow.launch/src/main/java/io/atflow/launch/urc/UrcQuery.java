package io.atflow.launch.urc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The URC view's filter: words separated by blanks, each of which must occur (case-insensitively) in the code, the
 * line, the meaning or the source of a row. An empty filter shows every row.
 */
public record UrcQuery(List<String> words) implements Predicate<UrcRow> {
    public static final UrcQuery ALL = new UrcQuery(List.of());

    public UrcQuery {
        words = List.copyOf(words);
    }

    public static UrcQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        return new UrcQuery(Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList());
    }

    @Override
    public boolean test(UrcRow row) {
        return words.stream().allMatch(row::contains);
    }

    public List<UrcRow> apply(List<UrcRow> rows) {
        return words.isEmpty() ? rows : rows.stream().filter(this).toList();
    }
}
