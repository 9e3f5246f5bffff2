package io.atflow.lang.load;

/**
 * One problem found in a script, 1-based line and column. {@link #format()} gives the {@code atflow check} line
 * {@code path:line:col: error|warning: message [code]}.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message, String code) {

    /** How bad a diagnostic is. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String format() {
        return path + ":" + line + ":" + column + ": " + severity.label() + ": " + message
                + (code == null ? "" : " [" + code + "]");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
