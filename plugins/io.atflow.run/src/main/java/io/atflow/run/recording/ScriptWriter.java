package io.atflow.run.recording;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import io.atflow.engine.channel.CommandResult;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.Durations;
import io.atflow.lang.model.Template;
import io.atflow.lang.model.TemplateExpr;

/**
 * Turns an AT console session into an {@code .atflow} script: one step with a {@code send} per successful command
 * (with {@code expect} for its information response and the data it wrote after {@code >}/{@code CONNECT}) and an
 * {@code await} per URC seen. Commands keep their {@code ${...}} placeholders as typed (a {@code secret(...)} is never
 * written resolved). Failed commands and lines the language cannot hold are kept as comments, so the script passes
 * {@code atflow check} and reads like the session.
 */
public final class ScriptWriter {
    /** The name of the step holding the session. */
    public static final String STEP = "console session";
    /** {@code within} of an await when the catalog gives no time for the URC. */
    public static final Duration DEFAULT_WITHIN = Duration.ofSeconds(60);
    private static final Pattern AT_TOKEN = Pattern.compile("AT[^\\s\"]*(\"[^\"\\r\\n]*\"[^\\s\"]*)*");

    private final AtCatalog catalog;
    private final PatternWriter patterns;

    public ScriptWriter(AtCatalog catalog) {
        this.catalog = catalog;
        this.patterns = new PatternWriter(catalog);
    }

    /**
     * @param header comment lines at the top (without {@code //}), e.g. where and when the session was recorded
     */
    public String write(List<Recorded> session, List<String> header) {
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append("// ").append(h.replaceAll("[\\r\\n]", " ")).append('\n'));
        b.append('\n').append("step \"").append(STEP).append("\" {\n");
        for (Recorded r : session) {
            switch (r) {
                case Recorded.Command c -> command(b, c);
                case Recorded.Unsolicited u -> urc(b, u);
            }
        }
        return b.append("}\n").toString();
    }

    private void command(StringBuilder b, Recorded.Command c) {
        String text = c.text();
        if (!AT_TOKEN.matcher(text).matches() || !standalone(text)) {
            comment(b, text + " (not expressible as a send statement)");
            return;
        }
        if (!(c.result() instanceof CommandResult.Success ok)) {
            comment(b, "send " + text + "  -- " + c.result().describe());
            return;
        }
        StringBuilder line = new StringBuilder("send ").append(text);
        if (c.payload() != null && !data(line, c.data(), c.payload())) {
            comment(b, "send " + text + " (its data cannot be written as a string)");
            return;
        }
        if (c.data() == DataMode.CONNECT_READ) {
            line.append(" receive body");
        }
        expectation(text, ok.lines()).ifPresent(p -> line.append(" expect ").append(p));
        b.append("  ").append(line).append('\n');
    }

    /** True when every placeholder evaluates without a declaration: functions of literals ({@code secret("pk/dn")}). */
    private static boolean standalone(String text) {
        return Template.parse(text).placeholders().stream().allMatch(p -> p.expr() != null && standalone(p.expr()));
    }

    private static boolean standalone(TemplateExpr e) {
        return switch (e) {
            case TemplateExpr.Text t -> true;
            case TemplateExpr.Call c -> c.args().stream().allMatch(ScriptWriter::standalone);
            default -> false;
        };
    }

    private static boolean data(StringBuilder line, DataMode mode, String payload) {
        String literal = StringLiterals.of(payload);
        if (literal == null) {
            return false;
        }
        switch (mode) {
            case PROMPT_LENGTH -> line.append(" prompt ").append(literal);
            case PROMPT_CTRLZ -> line.append(" prompt ").append(literal).append(" ctrlz");
            case CONNECT -> line.append(" connect ").append(literal);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The first information line carrying the command's own prefix, as a pattern. */
    private Optional<String> expectation(String text, List<String> lines) {
        AtCommandText parsed = AtCommandText.parse(text);
        String name = parsed.name();
        if (!name.startsWith("AT+")) {
            return Optional.empty();
        }
        String prefix = "+" + name.substring(3);
        return lines.stream().filter(l -> l.strip().toUpperCase(Locale.ROOT).startsWith(prefix + ":")
                || l.strip().equalsIgnoreCase(prefix)).findFirst()
                .flatMap(l -> patterns.write(l, PatternWriter.Mode.RESPONSE, echoed(parsed)));
    }

    private static Set<String> echoed(AtCommandText command) {
        return command.args().stream().map(a -> a.raw().strip()).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }

    private void urc(StringBuilder b, Recorded.Unsolicited u) {
        Optional<String> pattern = patterns.write(u.line(), PatternWriter.Mode.URC);
        if (pattern.isEmpty()) {
            comment(b, "URC " + u.line());
            return;
        }
        b.append("  await ").append(pattern.get()).append(" within ").append(Durations.format(within(u.line())))
                .append('\n');
    }

    /** The catalog's time for a delayed result (AT+QMTOPEN: 75s), at least {@link #DEFAULT_WITHIN}. */
    private Duration within(String line) {
        String t = line.strip();
        int colon = t.indexOf(':');
        String prefix = colon < 0 ? t : t.substring(0, colon);
        Duration longest = DEFAULT_WITHIN;
        for (var c : catalog.producersOf(prefix)) {
            for (var f : c.forms().values()) {
                if (f.resultWithin() != null && f.results().contains(prefix)) {
                    Duration d = Durations.parse(f.resultWithin());
                    longest = d.compareTo(longest) > 0 ? d : longest;
                }
            }
        }
        return longest;
    }

    private static void comment(StringBuilder b, String text) {
        b.append("  // ").append(text.replaceAll("[\\r\\n]", " ")).append('\n');
    }
}
