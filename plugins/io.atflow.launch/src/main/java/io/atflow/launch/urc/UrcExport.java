package io.atflow.launch.urc;

import java.time.ZoneId;
import java.util.List;

import io.atflow.run.RunEventText;

/** URC rows as text: tab-separated for the clipboard, CSV (RFC 4180) for files. */
public final class UrcExport {
    /** The columns, in table order. */
    public static final List<String> COLUMNS = List.of("time", "code", "fields", "meaning", "line");

    private UrcExport() {
    }

    /** One line per row, columns separated by tabs; tabs and line breaks inside values become blanks. */
    public static String toTabbed(List<UrcRow> rows) {
        StringBuilder b = new StringBuilder();
        for (UrcRow r : rows) {
            List<String> v = values(r);
            for (int i = 0; i < v.size(); i++) {
                b.append(i == 0 ? "" : "\t").append(v.get(i).replaceAll("[\t\r\n]", " "));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A header line and one record per row; values with commas, quotes or line breaks are quoted. */
    public static String toCsv(List<UrcRow> rows) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (UrcRow r : rows) {
            List<String> v = values(r);
            for (int i = 0; i < v.size(); i++) {
                b.append(i == 0 ? "" : ",").append(csv(v.get(i)));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    /** The column values of a row, in {@link #COLUMNS} order. */
    public static List<String> values(UrcRow r) {
        return List.of(RunEventText.stamp(r.time(), ZoneId.systemDefault()), r.code(), r.fieldsText(), r.meaning(),
                r.line());
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
