package io.atflow.launch.urc;

import java.time.ZoneId;

import io.atflow.run.RunEventText;

/**
 * The text of the URC view's details pane for one row: the line, the JSON payload pretty-printed, each field with its
 * meaning.
 */
public final class UrcDetails {
    private UrcDetails() {
    }

    public static String of(UrcRow row) {
        StringBuilder b = new StringBuilder(row.line()).append("\n\n");
        if (row.json() != null) {
            b.append(row.json()).append("\n\n");
        }
        int width = Math.max(8, row.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0));
        line(b, "time", RunEventText.stamp(row.time(), ZoneId.systemDefault()), width);
        line(b, "source", row.source(), width);
        for (UrcField f : row.fields()) {
            boolean isJson = row.json() != null && f == row.fields().get(row.fields().size() - 1);
            line(b, f.name(), isJson ? "(the JSON above)" : f.meaning() == null ? f.value() : f.value() + "  \u2192 " + f.meaning(),
                    width);
        }
        if (!row.meaning().isEmpty()) {
            line(b, "meaning", row.meaning(), width);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, String value, int width) {
        b.append(name).append(" ".repeat(width - name.length() + 2)).append(value).append('\n');
    }
}
