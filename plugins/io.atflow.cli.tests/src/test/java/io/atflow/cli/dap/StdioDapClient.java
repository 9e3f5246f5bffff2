package io.atflow.cli.dap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonObject;

import io.atflow.cli.CliProcess;
import io.atflow.cli.FramedJson;
import io.atflow.cli.Mailbox;

/**
 * A plain DAP client the way an editor is one: it starts {@code atflow dap} as a separate process and sends requests
 * ({@code seq}, {@code type: request}, {@code command}, {@code arguments}) with Content-Length framing over the
 * process's stdin, reading responses and events from its stdout. No class of the adapter or of LSP4J is used.
 */
final class StdioDapClient implements AutoCloseable {
    /**
     * Bound on each wait, the first one including the JVM's start: on a loaded machine (CI, test classes and other
     * builds side by side) a class of one test took 60 s, the old bound.
     */
    static final Duration WAIT = Duration.ofSeconds(120);
    private final CliProcess process;
    private final Mailbox mailbox = new Mailbox();
    private final StringBuilder output = new StringBuilder();
    private final List<String> eventOrder = new ArrayList<>();
    private final List<String> outputAtStops = new ArrayList<>();
    private int seq;

    StdioDapClient(Path workingDir) throws IOException {
        process = CliProcess.start(workingDir, "dap");
        Thread reader = new Thread(() -> read(process.stdout()), "dap-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends a request and waits (bounded) for its response, which must succeed. */
    JsonObject call(String command, JsonObject arguments) throws Exception {
        JsonObject response = request(command, arguments);
        if (!response.get("success").getAsBoolean()) {
            throw new AssertionError(command + " failed: " + response);
        }
        return response.has("body") ? response.getAsJsonObject("body") : new JsonObject();
    }

    /** Sends a request and waits (bounded) for its response, successful or not. */
    JsonObject request(String command, JsonObject arguments) throws Exception {
        int id = ++seq;
        JsonObject m = new JsonObject();
        m.addProperty("seq", id);
        m.addProperty("type", "request");
        m.addProperty("command", command);
        m.add("arguments", arguments);
        synchronized (this) {
            FramedJson.write(process.stdin(), m);
        }
        return next(r -> "response".equals(r.get("type").getAsString()) && r.get("request_seq").getAsInt() == id,
                "the response to " + command);
    }

    /** Waits (bounded) for the next event {@code name} whose body matches. */
    JsonObject awaitEvent(String name, Predicate<JsonObject> body) throws Exception {
        return next(m -> "event".equals(m.get("type").getAsString()) && name.equals(m.get("event").getAsString())
                && body.test(m.has("body") ? m.getAsJsonObject("body") : new JsonObject()), "a " + name + " event")
                .getAsJsonObject("body");
    }

    JsonObject awaitEvent(String name) throws Exception {
        return awaitEvent(name, b -> true);
    }

    /** Every {@code output} event's text so far, in order. */
    synchronized String output() {
        return output.toString();
    }

    /**
     * Waits (bounded) until the {@code output} events contain {@code text}: the run's console lines travel on the
     * run's event thread, so one may arrive just after a {@code stopped} event. Returns the output so far.
     */
    synchronized String awaitOutput(String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!output.toString().contains(text)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no output \"" + text + "\" within " + WAIT.toSeconds() + " s; output:\n"
                        + output + "\nstderr:\n" + stderr());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return output.toString();
    }

    /** The names of the events received so far, in order. */
    synchronized List<String> events() {
        return List.copyOf(eventOrder);
    }

    /** For each {@code stopped} event so far: the {@code output} text received before it. */
    synchronized List<String> outputAtStops() {
        return List.copyOf(outputAtStops);
    }

    String stderr() throws IOException {
        return process.state() + "\n" + process.stderr();
    }

    /** The adapter's exit code once it ended (bounded wait). */
    int exitCode() throws InterruptedException {
        Integer code = process.exitCode(20);
        if (code == null) {
            throw new AssertionError("atflow dap did not end");
        }
        return code;
    }

    private JsonObject next(Predicate<JsonObject> wanted, String what) throws Exception {
        JsonObject m = mailbox.take(wanted, x -> false, WAIT);
        if (m == null) {
            throw new AssertionError("no " + what + " from atflow dap within " + WAIT.toSeconds()
                    + " s; events: " + events() + "; output:\n" + output() + "\nstderr:\n" + stderr());
        }
        return m;
    }

    private void read(InputStream raw) {
        try (InputStream in = new BufferedInputStream(raw)) {
            while (true) {
                JsonObject m = FramedJson.read(in);
                if ("event".equals(m.get("type").getAsString())) {
                    synchronized (this) {
                        eventOrder.add(m.get("event").getAsString());
                        if ("output".equals(m.get("event").getAsString())) {
                            output.append(m.getAsJsonObject("body").get("output").getAsString());
                            notifyAll();
                        }
                        if ("stopped".equals(m.get("event").getAsString())) {
                            outputAtStops.add(output.toString());
                        }
                    }
                }
                mailbox.put(m);
            }
        } catch (IOException | RuntimeException e) {
            // the adapter closed its output: the waits above time out with its stderr
        }
    }

    /** disconnect (if the adapter still runs), then the process ends (bounded; killed otherwise). */
    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                request("disconnect", new JsonObject());
            }
        } finally {
            process.close();
        }
    }
}
