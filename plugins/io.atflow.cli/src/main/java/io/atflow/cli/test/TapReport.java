package io.atflow.cli.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * TAP version 14: one test point per script and module, its steps as a subtest (a 4-space indented stream after a
 * {@code # Subtest:} line), YAML diagnostics indented 2 spaces below a failed step (message, {@code at}
 * file:line, the command sent and the lines received) and below a step that passed on a retry
 * ({@code flaky: true} with the failed attempts). {@code #} and {@code \} in descriptions are escaped.
 */
final class TapReport {
    private TapReport() {
    }

    static void write(Path file, List<ScriptReport> reports) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text(reports));
    }

    static String text(List<ScriptReport> reports) {
        StringBuilder b = new StringBuilder("TAP version 14\n1..").append(reports.size()).append('\n');
        int n = 0;
        for (ScriptReport r : reports) {
            n++;
            b.append("# Subtest: ").append(escape(r.title())).append('\n');
            b.append("    1..").append(r.steps().size()).append('\n');
            int i = 0;
            for (StepReport s : r.steps()) {
                i++;
                b.append("    ").append(s.ok() ? "ok " : "not ok ").append(i).append(" - ").append(escape(s.name()))
                        .append('\n');
                if (!s.ok()) {
                    yaml(b, "      ", failure(r, s));
                } else if (s.flaky()) {
                    yaml(b, "      ", flaky(s));
                }
            }
            b.append(r.passed() ? "ok " : "not ok ").append(n).append(" - ").append(escape(r.title())).append('\n');
            if (!r.passed()) {
                yaml(b, "  ", List.of("message: " + quote(r.why()), "severity: fail",
                        "duration_ms: " + millis(r.result().elapsed())));
            }
        }
        return b.toString();
    }

    private static List<String> failure(ScriptReport r, StepReport s) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("message: " + quote(r.broken() != null ? r.why() : s.message()));
        lines.add("severity: fail");
        if (s.location() != null) {
            lines.add("at: " + quote(s.location()));
        }
        if (s.sent() != null) {
            lines.add("sent: " + quote(s.sent()));
            lines.add(s.received().isEmpty() ? "received: []" : "received:");
            s.received().forEach(l -> lines.add("  - " + quote(l)));
        }
        attempts(lines, s);
        lines.add("duration_ms: " + millis(s.elapsed()));
        return lines;
    }

    private static List<String> flaky(StepReport s) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("flaky: true");
        attempts(lines, s);
        lines.add("duration_ms: " + millis(s.elapsed()));
        return lines;
    }

    private static void attempts(List<String> lines, StepReport s) {
        if (!s.failedAttempts().isEmpty()) {
            lines.add("failed_attempts:");
            s.failedAttempts().forEach(a -> lines.add("  - " + quote(a)));
        }
    }

    private static void yaml(StringBuilder b, String indent, List<String> lines) {
        b.append(indent).append("---\n");
        lines.forEach(l -> b.append(indent).append(l).append('\n'));
        b.append(indent).append("...\n");
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }

    /** A description: {@code \} and {@code #} escaped, one line. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("#", "\\#").replaceAll("[\r\n]+", " ");
    }

    /** A YAML double-quoted scalar. */
    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        String t = text == null ? "" : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
