package io.atflow.cli.dap;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.atflow.cli.CliException;
import io.atflow.cli.run.PreparedRun;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugFrame;
import io.atflow.run.debug.DebugListener;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.Suspension;

/**
 * One debug session: the requests of a DAP client on one run of one script and its {@link Debugger}. Requests come
 * from one thread (the reader); the debugger's events are sent from the run's threads.
 */
final class DapSession {
    private final Debugger debugger;
    private final DapEvents events;
    private final DapVariables variables = new DapVariables();
    private final DapLines lines = new DapLines();
    private final DapBreakpoints breakpoints;
    private DapRun run;
    private boolean configured;

    DapSession(Debugger debugger, DapEvents events) {
        this.debugger = debugger;
        this.events = events;
        this.breakpoints = new DapBreakpoints(debugger, lines);
        debugger.addListener(new DebugListener() {
            @Override
            public void suspended(Suspension suspension) {
                variables.clear();
                events.stopped(suspension);
            }

            @Override
            public void resumed() {
                variables.clear();
                events.continued();
            }
        });
    }

    /** The response body of a request (null: none). */
    JsonElement handle(String command, JsonObject args) throws DapError {
        try {
            return switch (command) {
                case "initialize" -> initialize(args);
                case "launch" -> launch(args);
                case "setBreakpoints" -> breakpoints.lines(args);
                case "setExceptionBreakpoints" -> breakpoints.exceptions(args);
                case "configurationDone" -> configurationDone();
                case "threads" -> threads();
                case "stackTrace" -> stackTrace(args);
                case "scopes" -> DapArgs.one("scopes",
                        variables.scopes(debugger.scopes(DapArgs.integer(args, "frameId"))));
                case "variables" -> DapArgs.one("variables",
                        variables.variables(DapArgs.integer(args, "variablesReference")));
                case "evaluate" -> evaluate(args);
                case "next" -> step(debugger::stepOver);
                case "stepIn" -> step(debugger::stepInto);
                case "stepOut" -> step(debugger::stepOut);
                case "continue" -> {
                    debugger.resume();
                    JsonObject body = new JsonObject();
                    body.addProperty("allThreadsContinued", true);
                    yield body;
                }
                case "pause" -> {
                    debugger.pause();
                    yield null;
                }
                case "terminate" -> {
                    if (run != null) {
                        run.abort();
                    }
                    yield null;
                }
                case "disconnect" -> {
                    end();
                    yield null;
                }
                default -> throw new DapError("atflow dap does not support the request \"" + command + "\"");
            };
        } catch (DebugException e) {
            throw new DapError(e.getMessage());
        }
    }

    /** Ends the run (if any) and waits, bounded, for its last events. */
    void end() {
        if (run != null) {
            run.abort();
            try {
                run.awaitEnd(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private JsonObject initialize(JsonObject args) {
        lines.oneBased(!args.has("linesStartAt1") || args.get("linesStartAt1").getAsBoolean());
        return DapCapabilities.all();
    }

    private JsonElement launch(JsonObject args) throws DapError {
        if (run != null) {
            throw new DapError("this session already launched " + run.scriptName());
        }
        DapLaunch launch = DapLaunch.parse(args);
        debugger.setSuspendOnEntry(launch.stopOnEntry());
        PreparedRun prepared;
        try {
            prepared = PreparedRun.prepare(launch.options(), DapOutput.stream(events, "console"));
        } catch (CliException e) {
            throw new DapError(e.getMessage());
        }
        run = new DapRun(prepared, launch.noDebug() ? null : debugger, events);
        if (configured) {
            run.start();
        }
        return null;
    }

    private JsonElement configurationDone() {
        configured = true;
        if (run != null) {
            run.start();
        }
        return null;
    }

    private JsonElement threads() {
        JsonArray threads = new JsonArray();
        if (run != null) {
            JsonObject t = new JsonObject();
            t.addProperty("id", DapEvents.THREAD_ID);
            t.addProperty("name", "script " + Path.of(run.scriptName()).getFileName());
            threads.add(t);
        }
        return DapArgs.one("threads", threads);
    }

    private JsonElement stackTrace(JsonObject args) throws DapError {
        List<DebugFrame> frames = suspension().frames();
        int start = args.has("startFrame") ? args.get("startFrame").getAsInt() : 0;
        int levels = args.has("levels") && args.get("levels").getAsInt() > 0 ? args.get("levels").getAsInt()
                : frames.size();
        JsonArray out = new JsonArray();
        for (DebugFrame f : frames.subList(Math.min(start, frames.size()), Math.min(start + levels, frames.size()))) {
            JsonObject frame = new JsonObject();
            frame.addProperty("id", f.id());
            frame.addProperty("name", f.name());
            if (f.file() != null) {
                JsonObject source = new JsonObject();
                source.addProperty("name", f.file().getFileName().toString());
                source.addProperty("path", f.file().toString());
                frame.add("source", source);
            }
            frame.addProperty("line", lines.toClient(f.line()));
            frame.addProperty("column", lines.toClient(1));
            out.add(frame);
        }
        JsonObject body = DapArgs.one("stackFrames", out);
        body.addProperty("totalFrames", frames.size());
        return body;
    }

    private JsonElement evaluate(JsonObject args) throws DapError, DebugException {
        String expression = DapArgs.text(args, "expression");
        if (expression == null) {
            throw new DapError("evaluate needs \"expression\"");
        }
        int frame = args.has("frameId") ? args.get("frameId").getAsInt() : suspension().frames().get(0).id();
        JsonObject body = new JsonObject();
        body.addProperty("result", debugger.evaluate(frame, expression));
        body.addProperty("variablesReference", 0);
        return body;
    }

    private JsonElement step(Step step) throws DebugException {
        step.run();
        return null;
    }

    private Suspension suspension() throws DapError {
        return debugger.suspension().orElseThrow(() -> new DapError("the run is not suspended"));
    }

    /** A debugger request that may refuse. */
    private interface Step {
        void run() throws DebugException;
    }
}
