package io.atflow.cli.dap;

import java.io.IOException;
import java.io.PrintStream;

import com.google.gson.JsonObject;

import io.atflow.run.debug.Suspension;

/**
 * The events the adapter sends ({@code initialized}, {@code output}, {@code stopped}, {@code continued},
 * {@code exited}, {@code terminated}), from any thread. A client that went away is told on stderr once.
 */
final class DapEvents {
    /** The one thread a run has: the script. */
    static final int THREAD_ID = 1;
    private final DapWire wire;
    private final PrintStream log;
    private volatile boolean broken;

    DapEvents(DapWire wire, PrintStream log) {
        this.wire = wire;
        this.log = log;
    }

    void initialized() {
        send("initialized", new JsonObject());
    }

    /** @param category {@code console}, {@code stdout} or {@code stderr}; {@code text} ends with its line end */
    void output(String category, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("category", category);
        body.addProperty("output", text);
        send("output", body);
    }

    void stopped(Suspension s) {
        JsonObject body = new JsonObject();
        body.addProperty("reason", s.reason().dap());
        body.addProperty("description", s.description());
        body.addProperty("text", s.description());
        body.addProperty("threadId", THREAD_ID);
        body.addProperty("allThreadsStopped", true);
        send("stopped", body);
    }

    void continued() {
        JsonObject body = new JsonObject();
        body.addProperty("threadId", THREAD_ID);
        body.addProperty("allThreadsContinued", true);
        send("continued", body);
    }

    void exited(int exitCode) {
        JsonObject body = new JsonObject();
        body.addProperty("exitCode", exitCode);
        send("exited", body);
    }

    void terminated() {
        send("terminated", new JsonObject());
    }

    private void send(String event, JsonObject body) {
        JsonObject m = new JsonObject();
        m.addProperty("type", "event");
        m.addProperty("event", event);
        m.add("body", body);
        try {
            wire.write(m);
        } catch (IOException e) {
            if (!broken) {
                broken = true;
                log.println("atflow dap: the client closed the connection (" + e.getMessage() + ")");
            }
        }
    }
}
