package io.atflow.run;

import java.util.Locale;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.model.AtCommandText;

/**
 * What a line typed into an interactive session needs before it can be sent: the command text (its name in upper
 * case, the arguments and {@code ${...}} placeholders as typed) and the catalog's data mode (AT+QMTPUBEX asks for a
 * payload after {@code >}, AT+QHTTPREAD sends a body after {@code CONNECT}).
 *
 * @param text the command as it will be sent
 * @param data what the command exchanges after it is sent
 */
public record CommandPlan(String text, DataMode data) {

    /** Plans a typed line; blank lines and lines not starting with {@code AT} are refused with one sentence. */
    public static CommandPlan of(String typed, AtCatalog catalog) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("type an AT command, e.g. AT+CSQ");
        }
        if (!t.regionMatches(true, 0, "AT", 0, 2)) {
            throw new IllegalArgumentException("\"" + t + "\" is not an AT command; commands start with AT, e.g. AT+CSQ");
        }
        int name = AtCommandText.parse(t).nameLength();
        String text = t.substring(0, name).toUpperCase(Locale.ROOT) + t.substring(name);
        AtCommandText parsed = AtCommandText.parse(text);
        DataMode mode = catalog.command(parsed.name()).flatMap(c -> c.form(parsed.form())).map(f -> f.dataFor(parsed))
                .orElse(DataMode.NONE);
        return new CommandPlan(text, mode == null ? DataMode.NONE : mode);
    }

    /** True when the console must ask for data before sending (after {@code >} or {@code CONNECT}). */
    public boolean needsData() {
        return data == DataMode.PROMPT_CTRLZ || data == DataMode.PROMPT_LENGTH || data == DataMode.CONNECT;
    }
}
