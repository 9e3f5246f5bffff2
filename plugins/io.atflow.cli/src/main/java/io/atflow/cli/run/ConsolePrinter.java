package io.atflow.cli.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;
import io.atflow.run.RunResult;
import io.atflow.run.Verdict;
import io.atflow.run.interp.UrcMeanings;

/**
 * Prints run events for people, one timestamped line each: {@code 12:00:01.234  > AT+QMTOPEN=0,"host",1883},
 * {@code   < OK}, {@code   * +QMTOPEN: 0,0  (network opened successfully)}, {@code step "open" passed (312 ms)}. A
 * command that the module answered is not repeated; one that got no answer is ({@code   ! ...}). The verdict line
 * ({@link #verdict}) comes last, without timestamp.
 */
final class ConsolePrinter implements RunListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final UrcMeanings MEANINGS = new UrcMeanings(AtCatalog.standard());
    private final PrintStream out;

    ConsolePrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onEvent(RunEvent event) {
        String text = text(event);
        if (text == null) {
            return;
        }
        String stamp = TIME.format(event.time()) + "  ";
        String indent = " ".repeat(stamp.length());
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder b = new StringBuilder(stamp).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            b.append('\n').append(indent).append("    ").append(lines[i]);
        }
        out.println(b);
        out.flush();
    }

    static String text(RunEvent event) {
        return switch (event) {
            case RunEvent.RunStarted e -> "run " + e.script() + " on " + e.target();
            case RunEvent.StepStarted e -> "step \"" + e.name() + "\" (" + e.location() + ")";
            case RunEvent.StepFinished e -> "step \"" + e.name() + "\" " + (e.ok() ? "passed" : "failed") + " ("
                    + elapsed(e.elapsed()) + ")" + (e.ok() ? "" : ": " + e.message());
            case RunEvent.Sent e -> "> " + e.text();
            case RunEvent.Received e -> "  < " + e.line();
            case RunEvent.UrcReceived e -> "  * " + e.line() + meaning(e);
            case RunEvent.CommandFinished e -> e.ok() || e.outcome().startsWith("answered ") ? null
                    : "  ! " + e.command() + ": " + e.outcome();
            case RunEvent.HandlerFired e -> "  on " + e.pattern() + ": " + e.line();
            case RunEvent.LogMessage e -> "log " + e.text();
            case RunEvent.RunFinished e -> null;
        };
    }

    /**
     * {@code   (network opened successfully)}: what the URC's codes mean, shorter than the event's description;
     * nothing for URCs without codes ({@code +QMTRECV}).
     */
    private static String meaning(RunEvent.UrcReceived e) {
        return MEANINGS.meaning(e.line(), null).map(m -> "  (" + m + ")").orElse("");
    }

    /**
     * {@code PASSED examples/x.atflow (2.3 s)}, {@code FAILED examples/x.atflow:23: expected ...},
     * {@code ERROR examples/x.atflow: serial port ... does not exist ...}.
     */
    static String verdict(RunResult r, String script) {
        if (r.verdict() == Verdict.PASSED) {
            return "PASSED " + script + " (" + elapsed(r.elapsed()) + ")";
        }
        return r.verdict().name() + " " + (r.location() == null ? script : r.location()) + ": " + r.message();
    }

    /** {@code 312 ms}, {@code 2.3 s}. */
    static String elapsed(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
