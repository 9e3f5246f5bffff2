package io.atflow.run.interp;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.atflow.lang.atFlow.Script;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.model.ScriptIndex;

/** What must hold before a script runs: no errors, and every variable set from outside is declared. */
public final class ScriptChecks {
    private ScriptChecks() {
    }

    /**
     * The script to run, or {@code FAILED} at its first error (every error goes to {@code report} first), or
     * {@code ERROR} for a variable the script does not declare.
     */
    public static Script check(LoadedScript loaded, Set<String> variables, Consumer<String> report) {
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        errors.forEach(d -> report.accept(d.format()));
        if (!errors.isEmpty() || loaded.script() == null) {
            Diagnostic first = errors.isEmpty() ? null : errors.get(0);
            throw ScriptFailure.failed(first == null ? "the script could not be parsed"
                    : first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""),
                    first == null ? loaded.path() : first.path() + ":" + first.line());
        }
        ScriptIndex index = ScriptIndex.build(loaded.script());
        for (String name : variables) {
            if (index.vars(name).isEmpty()) {
                List<String> vars = index.names().stream().filter(n -> !index.vars(n).isEmpty()).toList();
                throw ScriptFailure.error("cannot set variable " + name + ": the script declares no such variable"
                        + (vars.isEmpty() ? "" : " (it declares " + String.join(", ", vars) + ")"), null);
            }
        }
        return loaded.script();
    }
}
