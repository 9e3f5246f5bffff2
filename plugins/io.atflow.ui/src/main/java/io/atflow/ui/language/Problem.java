package io.atflow.ui.language;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.validation.IssueCodes;

/**
 * One diagnostic of a script at a document range ({@code line} is 1-based), with its issue code and data (e.g. the
 * secret name of {@code atflow.credential-unverified}). The same value feeds editor annotations, workspace markers and
 * quick fixes.
 */
public record Problem(Diagnostic.Severity severity, String message, String code, int offset, int length, int line,
        List<String> data) {

    public Problem {
        data = List.copyOf(data);
    }

    /** The problem of an issue of {@code text} (its line counted from the offset, as the document sees it). */
    public static Problem of(Issue issue, String text) {
        int textLength = text.length();
        Diagnostic.Severity s = switch (issue.getSeverity()) {
            case ERROR -> Diagnostic.Severity.ERROR;
            case WARNING -> Diagnostic.Severity.WARNING;
            default -> Diagnostic.Severity.INFO;
        };
        String code = issue.getCode() != null && issue.getCode().startsWith("atflow.") ? issue.getCode() : IssueCodes.SYNTAX;
        int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), textLength));
        int length = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), textLength - offset));
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new Problem(s, issue.getMessage(), code, offset, length, line,
                issue.getData() == null ? List.of() : List.of(issue.getData()));
    }

    /** The same problem at another range (an annotation's current position). */
    public Problem at(int newOffset, int newLength) {
        return new Problem(severity, message, code, newOffset, newLength, line, data);
    }

    /** The first datum, or null. */
    public String datum() {
        return data.isEmpty() ? null : data.get(0);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + " " + line + ":" + offset + "+" + length + " " + message + " ["
                + code + "]";
    }
}
