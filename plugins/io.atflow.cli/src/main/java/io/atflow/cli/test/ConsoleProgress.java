package io.atflow.cli.test;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What {@code atflow test} prints while it runs: a line per finished script ({@code PASSED x on sim-1 (1.2 s)},
 * {@code FAILED x on ec25-a: x:12: expected OK, got ERROR}) and per broken module. On a terminal a status line
 * below them is redrawn as scripts start and end and every second ({@code 3/7 done, 2 running, 1 failed, 12 s});
 * otherwise (CI logs) only the plain lines.
 */
final class ConsoleProgress implements TestListener, AutoCloseable {
    private final PrintStream out;
    private final int total;
    private final boolean live;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int done;
    private int running;
    private int failed;

    ConsoleProgress(PrintStream out, int total, boolean live) {
        this.out = out;
        this.total = total;
        this.live = live;
        if (live) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                    .name("atflow-test-progress").unstarted(r));
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public synchronized void started(TestScript script, LabModule module) {
        running++;
        redraw();
    }

    @Override
    public synchronized void finished(ScriptReport r) {
        if (r.module() != null) {
            running--;
        }
        done++;
        failed += r.passed() ? 0 : 1;
        line(r.passed() ? "PASSED " + r.title() + " (" + elapsed(r.result().elapsed()) + ")"
                : "FAILED " + r.title() + ": " + r.why());
    }

    @Override
    public synchronized void broken(LabModule module, String why) {
        line("module " + module.name() + " " + why + "; it takes no more scripts");
    }

    /** The status line's text. */
    synchronized String status() {
        return done + "/" + total + " done, " + running + " running, " + failed + " failed, "
                + elapsed(Duration.ofNanos(System.nanoTime() - start));
    }

    private void line(String text) {
        out.print(live ? "\r\033[K" + text + "\n" + status() : text + "\n");
        out.flush();
    }

    private synchronized void redraw() {
        if (live) {
            out.print("\r\033[K" + status());
            out.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            out.print("\r\033[K");
            out.flush();
        }
    }

    /** {@code 312 ms}, {@code 2.3 s}. */
    static String elapsed(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Whether standard output is a terminal (a console that is one, on JDK 22+ asked with isTerminal()). */
    static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
