package io.atflow.launch.ui.console;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.IOConsoleOutputStream;

import io.atflow.launch.console.ConsoleLine;
import io.atflow.run.RunEventText.Kind;
import io.atflow.launch.ui.LaunchImages;

/**
 * The console of one ATFlow run: every line timestamped and coloured by kind (TX, RX, URC, step results, verdict);
 * script locations ({@code /p/x.atflow:23}) are links to the line.
 * {@link #append} never blocks: lines are queued and written by the console's own thread, so the interpreter and
 * the engine are never held up by the UI.
 */
public final class ScriptConsole extends IOConsole {
    /** {@link org.eclipse.ui.console.IConsole#getType()} of run consoles. */
    public static final String TYPE = "io.atflow.launch.scriptConsole";
    /** Characters kept; older output is trimmed beyond this. */
    public static final int HIGH_WATER_MARK = 4_000_000;
    private static final ConsoleLine END = new ConsoleLine(java.time.Instant.EPOCH, Kind.INFO, "");

    private final ILaunch launch;
    private final Map<Kind, IOConsoleOutputStream> streams = new EnumMap<>(Kind.class);
    private final BlockingQueue<ConsoleLine> queue = new LinkedBlockingQueue<>();
    private final Thread pump;
    private final String title;

    public ScriptConsole(String title, ILaunch launch) {
        super(title, TYPE, LaunchImages.descriptor(LaunchImages.SCRIPT), true);
        this.title = title;
        this.launch = launch;
        setWaterMarks(HIGH_WATER_MARK - 500_000, HIGH_WATER_MARK);
        for (Kind kind : Kind.values()) {
            IOConsoleOutputStream s = newOutputStream();
            s.setColor(ConsoleStyles.color(kind));
            s.setFontStyle(ConsoleStyles.fontStyle(kind));
            streams.put(kind, s);
        }
        addPatternMatchListener(new SourceLinkMatcher());
        pump = new Thread(this::pump, "atflow-console " + title);
        pump.setDaemon(true);
        pump.start();
    }

    /** Queues a line; callable from any thread, never blocks. */
    public void append(ConsoleLine line) {
        queue.add(line);
    }

    /** Ends the console's output after the lines queued so far and marks the title as terminated. */
    public void finish() {
        queue.add(END);
    }

    /** The run shown here, or null. */
    public ILaunch launch() {
        return launch;
    }

    /** True when every queued line was written (the document may still be updated asynchronously). */
    public boolean isDrained() {
        return !pump.isAlive();
    }

    private void pump() {
        try {
            for (ConsoleLine line = queue.take(); line != END; line = queue.take()) {
                write(line);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.values().forEach(ScriptConsole::close);
            Display display = Display.getDefault();
            if (!display.isDisposed()) {
                display.asyncExec(() -> setName("<terminated> " + title));
            }
        }
    }

    private void write(ConsoleLine line) {
        try {
            streams.get(line.kind()).write(line.format() + "\n");
        } catch (IOException e) {
            // the console was closed by the user; the run goes on without it
        }
    }

    private static void close(IOConsoleOutputStream s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
