package io.atflow.launch.core;

import java.util.function.Consumer;

import io.atflow.launch.console.ConsoleLine;
import io.atflow.launch.console.RunEventLines;
import io.atflow.launch.urc.UrcLog;
import io.atflow.launch.urc.UrcRowDecoder;
import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;
import io.atflow.run.RunResult;

/**
 * Where the events of an IDE run go: console lines, URC rows for the live URC view, and the end of the run for the
 * process; a URC's row is in the log before its console line is queued. Runs on the interpreter's event thread
 * and never blocks it (the console queues, the URC log is a bounded ring whose listeners only request a refresh).
 */
public final class RunSink implements RunListener {
    private final RunEventLines lines;
    private final Consumer<ConsoleLine> console;
    private final UrcLog urcs;
    private final UrcRowDecoder decoder;
    private final String source;
    private final Consumer<RunResult> finished;

    /**
     * @param source   the name shown in the URC view's source column (the launch configuration's)
     * @param finished called once with the result, after the verdict line was queued
     */
    public RunSink(RunEventLines lines, Consumer<ConsoleLine> console, UrcLog urcs, UrcRowDecoder decoder, String source,
            Consumer<RunResult> finished) {
        this.lines = lines;
        this.console = console;
        this.urcs = urcs;
        this.decoder = decoder;
        this.source = source;
        this.finished = finished;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.UrcReceived u) {
            urcs.append(decoder.decode(urcs.nextSeq(), u.time(), source, u.line(), u.meaning()));
        }
        lines.lines(event).forEach(console);
        if (event instanceof RunEvent.RunFinished f) {
            finished.accept(f.result());
        }
    }
}
