package io.atflow.run.recording;

import io.atflow.lang.conversion.StringValueConverter;

/** Script literals for recorded data: a text block for JSON-like text, otherwise a quoted string with escapes. */
final class StringLiterals {
    private StringLiterals() {
    }

    /** The literal, or null when the text would be read as a {@code ${...}} placeholder. */
    static String of(String text) {
        if (text.contains("${")) {
            return null;
        }
        if (text.indexOf('"') >= 0 && !text.contains("\"\"\"") && !text.endsWith("\"") && text.indexOf('\\') < 0) {
            return "\"\"\"" + text + "\"\"\"";
        }
        return StringValueConverter.quote(text);
    }
}
