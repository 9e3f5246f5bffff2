package io.atflow.launch.debug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.IVariable;

import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;

/**
 * A frame's scopes as the Variables view's rows: the script's variables and captures (the {@code Variables} scope) at
 * the top, every other scope ({@code Identities}, {@code Module}) as one expandable row.
 */
final class ScopeVariables {
    static final String SCRIPT_SCOPE = "Variables";

    private ScopeVariables() {
    }

    static IVariable[] of(IDebugElement owner, List<DebugScope> scopes) {
        List<IVariable> rows = new ArrayList<>();
        for (DebugScope s : scopes) {
            if (s.name().equals(SCRIPT_SCOPE)) {
                s.variables().forEach(v -> rows.add(variable(owner, v)));
            }
        }
        for (DebugScope s : scopes) {
            if (!s.name().equals(SCRIPT_SCOPE)) {
                rows.add(new ScriptVariable(owner, s.name(), new ScriptValue(owner, "", "scope",
                        children(owner, s.variables()))));
            }
        }
        return rows.toArray(IVariable[]::new);
    }

    static ScriptVariable variable(IDebugElement owner, DebugVariable v) {
        return new ScriptVariable(owner, v.name(), new ScriptValue(owner, v.value(), v.type(),
                children(owner, v.children())));
    }

    private static IVariable[] children(IDebugElement owner, List<DebugVariable> list) {
        return list.stream().map(v -> variable(owner, v)).toArray(IVariable[]::new);
    }
}
