package io.atflow.cli.dap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.atflow.cli.CliException;
import io.atflow.cli.run.PreparedRun;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
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
    /** The {@code urc} exception filter without a condition suspends on every URC (a regular expression). */
    static final String ANY_URC = "/.*/";
    private final Debugger debugger;
    private final DapEvents events;
    private final DapVariables variables = new DapVariables();
    private final DapLines lines = new DapLines();
    private DapRun run;
    private boolean configured;

    DapSession(Debugger debugger, DapEvents events) {
        this.debugger = debugger;
        this.events = events;
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
                case "setBreakpoints" -> setBreakpoints(args);
                case "setExceptionBreakpoints" -> setExceptionBreakpoints(args);
                case "configurationDone" -> configurationDone();
                case "threads" -> threads();
                case "stackTrace" -> stackTrace(args);
                case "scopes" -> one("scopes", variables.scopes(debugger.scopes(integer(args, "frameId"))));
                case "variables" -> one("variables", variables.variables(integer(args, "variablesReference")));
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

    private JsonElement setBreakpoints(JsonObject args) throws DapError {
        JsonObject source = args.has("source") ? args.getAsJsonObject("source") : new JsonObject();
        if (!source.has("path")) {
            throw new DapError("setBreakpoints needs source.path: the script's file");
        }
        Path file = Path.of(source.get("path").getAsString()).toAbsolutePath().normalize();
        List<Breakpoint> wanted = new ArrayList<>();
        JsonArray given = args.has("breakpoints") ? args.getAsJsonArray("breakpoints") : new JsonArray();
        for (JsonElement e : given) {
            JsonObject b = e.getAsJsonObject();
            wanted.add(new Breakpoint(file, lines.fromClient(b.get("line").getAsInt()), text(b, "condition"),
                    text(b, "hitCondition")));
        }
        JsonArray out = new JsonArray();
        for (BreakpointState s : debugger.setBreakpoints(file, wanted)) {
            JsonObject b = new JsonObject();
            b.addProperty("id", s.id());
            b.addProperty("verified", s.verified());
            b.addProperty("line", lines.toClient(s.line()));
            if (s.message() != null) {
                b.addProperty("message", s.message());
            }
            b.add("source", source);
            out.add(b);
        }
        return one("breakpoints", out);
    }

    private JsonElement setExceptionBreakpoints(JsonObject args) throws DebugException {
        List<String> filters = new ArrayList<>();
        args.getAsJsonArray("filters").forEach(f -> filters.add(f.getAsString()));
        String urcCondition = null;
        if (args.has("filterOptions")) {
            for (JsonElement e : args.getAsJsonArray("filterOptions")) {
                JsonObject option = e.getAsJsonObject();
                String id = option.get("filterId").getAsString();
                filters.add(id);
                if (id.equals("urc")) {
                    urcCondition = text(option, "condition");
                }
            }
        }
        String urc = !filters.contains("urc") ? null
                : urcCondition == null || urcCondition.isBlank() ? ANY_URC : urcCondition;
        debugger.setSuspendOnUrc(urc);
        debugger.setSuspendOnFailure(filters.contains("failure"));
        JsonArray out = new JsonArray();
        for (int i = 0; i < filters.size(); i++) {
            JsonObject b = new JsonObject();
            b.addProperty("verified", true);
            out.add(b);
        }
        return one("breakpoints", out);
    }

    private JsonElement threads() {
        JsonArray threads = new JsonArray();
        if (run != null) {
            JsonObject t = new JsonObject();
            t.addProperty("id", DapEvents.THREAD_ID);
            t.addProperty("name", "script " + Path.of(run.scriptName()).getFileName());
            threads.add(t);
        }
        return one("threads", threads);
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
        JsonObject body = one("stackFrames", out);
        body.addProperty("totalFrames", frames.size());
        return body;
    }

    private JsonElement evaluate(JsonObject args) throws DapError, DebugException {
        int frame = args.has("frameId") ? args.get("frameId").getAsInt() : suspension().frames().get(0).id();
        JsonObject body = new JsonObject();
        body.addProperty("result", debugger.evaluate(frame, args.get("expression").getAsString()));
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

    private static JsonObject one(String name, JsonElement value) {
        JsonObject body = new JsonObject();
        body.add(name, value);
        return body;
    }

    private static int integer(JsonObject args, String name) throws DapError {
        if (!args.has(name) || !args.get(name).isJsonPrimitive()) {
            throw new DapError("the request needs \"" + name + "\"");
        }
        return args.get(name).getAsInt();
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() && !o.get(name).getAsString().isBlank()
                ? o.get(name).getAsString() : null;
    }

    /** A debugger request that may refuse. */
    private interface Step {
        void run() throws DebugException;
    }
}
