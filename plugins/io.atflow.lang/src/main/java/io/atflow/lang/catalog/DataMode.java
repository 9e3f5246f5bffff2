package io.atflow.lang.catalog;

/** What a command expects after it is sent, before its final result. */
public enum DataMode {
    /** Nothing. */
    NONE,
    /** After the {@code >} prompt the payload is written and ended with Ctrl-Z (AT+QMTPUB). */
    PROMPT_CTRLZ,
    /** After the {@code >} prompt exactly the announced number of bytes is written (AT+QMTPUBEX). */
    PROMPT_LENGTH,
    /** After {@code CONNECT} the data is written (AT+QHTTPURL, AT+QHTTPPOST). */
    CONNECT,
    /** After {@code CONNECT} the module sends data that is read until {@code OK} (AT+QHTTPREAD). */
    CONNECT_READ;

    public static DataMode parse(String s) {
        return s == null ? NONE : valueOf(s.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
