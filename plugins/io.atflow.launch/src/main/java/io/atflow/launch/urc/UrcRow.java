package io.atflow.launch.urc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the live URC view: a URC as it arrived, decoded with the catalog.
 *
 * @param seq     arrival number (1, 2, ...) within the feed, never reused
 * @param time    when the URC arrived
 * @param source  what produced it, e.g. the launch or console name
 * @param code    {@code +QMTSTAT}, or the whole line for words such as {@code RDY}
 * @param fields  the decoded fields with their names and meanings
 * @param meaning what the codes mean, e.g. {@code connection closed or reset by peer}; empty when unknown
 * @param line    the line as received (secrets masked)
 * @param json    the payload pretty-printed when it is JSON, otherwise null
 */
public record UrcRow(long seq, Instant time, String source, String code, List<UrcField> fields, String meaning,
        String line, String json) {

    public UrcRow {
        fields = List.copyOf(fields);
        meaning = meaning == null ? "" : meaning;
    }

    /** {@code client_idx=0, err_code=1} for the table's fields column. */
    public String fieldsText() {
        return fields.stream().map(UrcField::text).collect(Collectors.joining(", "));
    }

    /** True when {@code needle} (lower case) occurs in the code, fields, meaning, line or source. */
    boolean contains(String needle) {
        return lower(code).contains(needle) || lower(line).contains(needle) || lower(meaning).contains(needle)
                || lower(source).contains(needle);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
