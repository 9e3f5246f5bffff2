package io.atflow.lang.model;

import java.util.Locale;

/** The four syntaxes of an AT command: {@code AT+X=?}, {@code AT+X?}, {@code AT+X=...}, {@code AT+X}. */
public enum CommandForm {
    TEST, READ, WRITE, EXEC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommandForm parse(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
