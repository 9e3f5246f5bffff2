package io.atflow.cli.run;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.run.RunEvent;
import io.atflow.run.RunEventText;
import io.atflow.run.RunListener;
import io.atflow.run.RunResult;

/**
 * Prints run events for people, one timestamped line each, in the wording the Eclipse console shows
 * ({@link RunEventText}): {@code 12:00:01.234  > AT+QMTOPEN=0,"host",1883}, {@code   < OK},
 * {@code * +QMTOPEN: 0,0  (network opened successfully)}. The run's end is the {@linkplain #summary summary}, printed
 * last without timestamp. Lines are collected while events come in quick succession and written together as soon as
 * the run's events caught up ({@link #caughtUp()}): one write for a burst, at once when the run pauses or ends.
 */
public final class ConsolePrinter implements RunListener {
    /** Above this many collected characters they are written without waiting for the events to catch up. */
    private static final int MAX_HELD = 8192;
    private final PrintStream out;
    private final StringBuilder held = new StringBuilder();
    private final RunEventText text = new RunEventText(UnaryOperator.identity(),
            new UrcExplainer(AtCatalog.standard()));

    public ConsolePrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.RunFinished) {
            caughtUp();
            return;
        }
        text.line(event).ifPresent(l -> {
            held.append(RunEventText.format(event.time(), ZoneId.systemDefault(), l.kind(), l.text()))
                    .append(System.lineSeparator());
            if (held.length() >= MAX_HELD) {
                caughtUp();
            }
        });
    }

    @Override
    public void caughtUp() {
        if (!held.isEmpty()) {
            out.print(held);
            out.flush();
            held.setLength(0);
        }
    }

    /** {@code PASSED examples/x.atflow (2.3 s)}, {@code FAILED examples/x.atflow:23: expected ...}. */
    public String summary(RunResult r, String script) {
        return text.summary(r, script);
    }
}
