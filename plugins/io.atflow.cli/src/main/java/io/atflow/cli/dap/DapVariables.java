package io.atflow.cli.dap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;

/**
 * The {@code variablesReference} numbers of one suspension: a scope's variables and a structured variable's
 * children each get one; they are forgotten when the run resumes (as DAP says they are).
 */
final class DapVariables {
    private final Map<Integer, List<DebugVariable>> groups = new HashMap<>();
    private int next;

    /** The {@code scopes} response's scopes, each with its reference. */
    synchronized JsonArray scopes(List<DebugScope> scopes) {
        JsonArray out = new JsonArray();
        for (DebugScope s : scopes) {
            JsonObject scope = new JsonObject();
            scope.addProperty("name", s.name());
            if (s.name().equals("Variables")) {
                scope.addProperty("presentationHint", "locals");
            }
            scope.addProperty("variablesReference", register(s.variables()));
            scope.addProperty("namedVariables", s.variables().size());
            scope.addProperty("expensive", false);
            out.add(scope);
        }
        return out;
    }

    /** The {@code variables} response's variables of a reference this suspension handed out. */
    synchronized JsonArray variables(int reference) throws DapError {
        List<DebugVariable> group = groups.get(reference);
        if (group == null) {
            throw new DapError("variablesReference " + reference + " is not one of the current suspension");
        }
        JsonArray out = new JsonArray();
        for (DebugVariable v : group) {
            JsonObject variable = new JsonObject();
            variable.addProperty("name", v.name());
            variable.addProperty("value", v.value());
            if (v.type() != null) {
                variable.addProperty("type", v.type());
            }
            variable.addProperty("variablesReference", v.children().isEmpty() ? 0 : register(v.children()));
            out.add(variable);
        }
        return out;
    }

    /** The run resumed: every reference is void. */
    synchronized void clear() {
        groups.clear();
    }

    private int register(List<DebugVariable> variables) {
        groups.put(++next, variables);
        return next;
    }
}
