package io.atflow.cli.dap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;

/**
 * {@code setBreakpoints} (a file's line breakpoints with conditions and hit conditions) and
 * {@code setExceptionBreakpoints} (the filters {@code failure} and {@code urc}, whose condition is the URC pattern)
 * on the debugger.
 */
final class DapBreakpoints {
    /** The {@code urc} exception filter without a condition suspends on every URC (a regular expression). */
    static final String ANY_URC = "/.*/";
    private final Debugger debugger;
    private final DapLines lines;

    DapBreakpoints(Debugger debugger, DapLines lines) {
        this.debugger = debugger;
        this.lines = lines;
    }

    JsonObject lines(JsonObject args) throws DapError {
        JsonObject source = args.has("source") ? args.getAsJsonObject("source") : new JsonObject();
        if (!source.has("path")) {
            throw new DapError("setBreakpoints needs source.path: the script's file");
        }
        Path file = Path.of(source.get("path").getAsString()).toAbsolutePath().normalize();
        List<Breakpoint> wanted = new ArrayList<>();
        JsonArray given = args.has("breakpoints") ? args.getAsJsonArray("breakpoints") : new JsonArray();
        for (JsonElement e : given) {
            JsonObject b = e.getAsJsonObject();
            wanted.add(new Breakpoint(file, lines.fromClient(DapArgs.integer(b, "line")), DapArgs.text(b, "condition"),
                    DapArgs.text(b, "hitCondition")));
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
        return DapArgs.one("breakpoints", out);
    }

    /**
     * The filters given plainly and as options; every {@code urc} option's condition is one pattern (an editor
     * with exception options may send several), a plain {@code urc} or one without condition watches every URC.
     */
    JsonObject exceptions(JsonObject args) throws DebugException {
        List<String> filters = new ArrayList<>();
        if (args.has("filters")) {
            args.getAsJsonArray("filters").forEach(f -> filters.add(f.getAsString()));
        }
        List<String> urcPatterns = new ArrayList<>();
        if (filters.contains("urc")) {
            urcPatterns.add(ANY_URC);
        }
        if (args.has("filterOptions")) {
            for (JsonElement e : args.getAsJsonArray("filterOptions")) {
                JsonObject option = e.getAsJsonObject();
                String id = option.get("filterId").getAsString();
                filters.add(id);
                if (id.equals("urc")) {
                    String condition = DapArgs.text(option, "condition");
                    urcPatterns.add(condition == null || condition.isBlank() ? ANY_URC : condition);
                }
            }
        }
        debugger.setSuspendOnUrc(urcPatterns);
        debugger.setSuspendOnFailure(filters.contains("failure"));
        JsonArray out = new JsonArray();
        for (int i = 0; i < filters.size(); i++) {
            JsonObject b = new JsonObject();
            b.addProperty("verified", true);
            out.add(b);
        }
        return DapArgs.one("breakpoints", out);
    }
}
