package io.atflow.run;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.atflow.engine.text.DurationText;
import io.atflow.lang.catalog.UrcExplainer;

/**
 * The one wording of run events for people, shared by the CLI and the Eclipse console: what was sent
 * ({@code > AT+QMTOPEN=...}) and received ({@code < OK}), URCs with their meaning ({@code * +QMTOPEN: 0,0  (network
 * opened successfully)}), steps, failed commands, handlers, log messages and the verdict. Texts are masked by the
 * interpreter already. Immutable.
 */
public final class RunEventText {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    /** Between the timestamp and the text. */
    public static final String GAP = "  ";

    /** What a line shows; consoles give each kind its colour. */
    public enum Kind {
        TX("> "), RX("< "), URC("* "), INFO(""), PASS(""), FAIL(""), VERDICT_PASS(""), VERDICT_FAIL("");

        private final String marker;

        Kind(String marker) {
            this.marker = marker;
        }

        /** The marker in front of the text ({@code > }, {@code < }, {@code * } or nothing). */
        public String marker() {
            return marker;
        }
    }

    /** One line of text and its kind. */
    public record Line(Kind kind, String text) {
    }

    private final UnaryOperator<String> paths;
    private final UrcExplainer explainer;

    /**
     * @param paths     rewrites script paths and {@code file:line} locations for display (e.g. file system to
     *                  workspace); the identity for the CLI
     * @param explainer explains URCs by their coded fields
     */
    public RunEventText(UnaryOperator<String> paths, UrcExplainer explainer) {
        this.paths = paths;
        this.explainer = explainer;
    }

    /** The line of one event; none for a successful command (its {@code OK} is shown). */
    public Optional<Line> line(RunEvent event) {
        return Optional.ofNullable(switch (event) {
            case RunEvent.RunStarted e -> new Line(Kind.INFO, "Running " + path(e.script()) + " on " + e.target());
            case RunEvent.StepStarted e -> new Line(Kind.INFO, "step \"" + e.name() + "\"  (" + path(e.location()) + ")");
            case RunEvent.StepFinished e -> e.ok()
                    ? new Line(Kind.PASS, "step \"" + e.name() + "\" passed (" + DurationText.format(e.elapsed()) + ")")
                    : new Line(Kind.FAIL, "step \"" + e.name() + "\" failed after " + DurationText.format(e.elapsed())
                            + ": " + path(e.message()));
            case RunEvent.Sent e -> new Line(Kind.TX, e.text());
            case RunEvent.Received e -> new Line(Kind.RX, e.line());
            case RunEvent.UrcReceived e -> new Line(Kind.URC, urc(e.line(), explainer.console(e.line(), e.meaning())));
            case RunEvent.CommandFinished e -> e.ok() ? null
                    : new Line(Kind.FAIL, e.command() + " " + e.outcome() + " (" + DurationText.format(e.elapsed()) + ")");
            case RunEvent.HandlerFired e -> new Line(Kind.INFO, "on " + e.pattern() + " fired by " + e.line());
            case RunEvent.LogMessage e -> new Line(Kind.INFO, e.text());
            case RunEvent.RunFinished e -> new Line(e.result().verdict() == Verdict.PASSED ? Kind.VERDICT_PASS
                    : Kind.VERDICT_FAIL, verdict(e.result()));
        });
    }

    /** {@code PASSED 4 steps passed (2.3 s)}, {@code FAILED /p/x.atflow:23: expected ... (1.2 s)}. */
    public String verdict(RunResult r) {
        String where = r.location() == null ? "" : path(r.location()) + ": ";
        return r.verdict().name() + " " + where + path(r.message()) + " (" + DurationText.format(r.elapsed()) + ")";
    }

    /**
     * The summary a command line prints last: {@code PASSED examples/x.atflow (2.3 s)},
     * {@code FAILED examples/x.atflow:23: expected ...}, {@code ERROR examples/x.atflow: serial port ... does not
     * exist}.
     */
    public String summary(RunResult r, String script) {
        if (r.verdict() == Verdict.PASSED) {
            return "PASSED " + path(script) + " (" + DurationText.format(r.elapsed()) + ")";
        }
        return r.verdict().name() + " " + path(r.location() == null ? script : r.location()) + ": " + path(r.message());
    }

    /** {@code +QMTOPEN: 0,0  (network opened successfully)}, or the line alone when there is nothing to explain. */
    public static String urc(String line, String meaning) {
        return meaning == null || meaning.isEmpty() ? line : line + "  (" + meaning + ")";
    }

    /**
     * A line as a console shows it, without a line end: {@code 12:00:01.234  > AT+CSQ}; continuation lines of a
     * multi-line text are indented under the first.
     */
    public static String format(Instant time, ZoneId zone, Kind kind, String text) {
        String stamp = stamp(time, zone);
        String indent = " ".repeat(stamp.length() + GAP.length() + kind.marker().length());
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return stamp + GAP + kind.marker() + t.replace("\n", "\n" + indent);
    }

    /** The time of day in front of console lines: {@code 12:00:01.234}. */
    public static String stamp(Instant time, ZoneId zone) {
        return STAMP.format(time.atZone(zone));
    }

    private String path(String text) {
        return text == null ? "" : paths.apply(text);
    }
}
