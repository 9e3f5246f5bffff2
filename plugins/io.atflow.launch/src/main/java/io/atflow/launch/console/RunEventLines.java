package io.atflow.launch.console;

import java.util.List;
import java.util.function.UnaryOperator;

import io.atflow.launch.urc.UrcRowDecoder;
import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.Verdict;

/**
 * The console lines of run events: what was sent ({@code > AT+QMTOPEN=...}) and received ({@code < OK}), URCs with
 * their meaning ({@code * +QMTOPEN: 0,0  (network opened successfully)}), steps, handlers, log messages and the
 * verdict ({@code PASSED /p/x.atflow (2.3 s)}, {@code FAILED /p/x.atflow:23: expected ...}). Texts are masked by the
 * interpreter already.
 */
public final class RunEventLines {
    private final UnaryOperator<String> paths;
    private final UrcRowDecoder decoder;

    /**
     * @param paths   rewrites script paths and {@code file:line} locations for display (e.g. file system → workspace)
     * @param decoder explains URCs by their coded fields, as the URC view does
     */
    public RunEventLines(UnaryOperator<String> paths, UrcRowDecoder decoder) {
        this.paths = paths;
        this.decoder = decoder;
    }

    /** The lines of one event; most events give one line, a successful command none (its {@code OK} is shown). */
    public List<ConsoleLine> lines(RunEvent event) {
        return switch (event) {
            case RunEvent.RunStarted e -> one(e, LineKind.INFO, "Running " + path(e.script()) + " on " + e.target());
            case RunEvent.StepStarted e -> one(e, LineKind.INFO, "step \"" + e.name() + "\"  (" + path(e.location()) + ")");
            case RunEvent.StepFinished e -> e.ok()
                    ? one(e, LineKind.PASS, "step \"" + e.name() + "\" passed (" + Elapsed.format(e.elapsed()) + ")")
                    : one(e, LineKind.FAIL, "step \"" + e.name() + "\" failed after " + Elapsed.format(e.elapsed())
                            + ": " + path(e.message()));
            case RunEvent.Sent e -> one(e, LineKind.TX, e.text());
            case RunEvent.Received e -> one(e, LineKind.RX, e.line());
            case RunEvent.UrcReceived e -> one(e, LineKind.URC, urc(e.line(), decoder.consoleMeaning(e.line(), e.meaning())));
            case RunEvent.CommandFinished e -> e.ok() ? List.of()
                    : one(e, LineKind.FAIL, e.command() + " " + e.outcome() + " (" + Elapsed.format(e.elapsed()) + ")");
            case RunEvent.HandlerFired e -> one(e, LineKind.INFO, "on " + e.pattern() + " fired by " + e.line());
            case RunEvent.LogMessage e -> one(e, LineKind.INFO, e.text());
            case RunEvent.RunFinished e -> one(e, verdictKind(e.result()), verdict(e.result()));
        };
    }

    /** {@code PASSED 4 steps passed (2.3 s)}, {@code FAILED /p/x.atflow:23: expected ... (1.2 s)}. */
    public String verdict(RunResult r) {
        String where = r.location() == null ? "" : path(r.location()) + ": ";
        return r.verdict().name() + " " + where + path(r.message()) + " (" + Elapsed.format(r.elapsed()) + ")";
    }

    /** {@code +QMTOPEN: 0,0  (network opened successfully)}, or the line alone when there is nothing to explain. */
    public static String urc(String line, String meaning) {
        return meaning == null || meaning.isEmpty() ? line : line + "  (" + meaning + ")";
    }

    private String path(String text) {
        return text == null ? "" : paths.apply(text);
    }

    private static LineKind verdictKind(RunResult r) {
        return r.verdict() == Verdict.PASSED ? LineKind.VERDICT_PASS : LineKind.VERDICT_FAIL;
    }

    private static List<ConsoleLine> one(RunEvent e, LineKind kind, String text) {
        return List.of(new ConsoleLine(e.time(), kind, text));
    }
}
