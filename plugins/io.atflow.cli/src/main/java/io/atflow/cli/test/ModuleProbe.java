package io.atflow.cli.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;
import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;

/**
 * Asks a module who it is ({@code ATI}, {@code AT+CGMR}) with a small script run by the interpreter: the answers
 * become the report's module facts, and a module that does not answer is broken. Used before a real module's first
 * script and after a script failed on it.
 */
final class ModuleProbe {
    /** The commands asked, each answered within {@link #TIMEOUT}. */
    static final List<String> COMMANDS = List.of("ATI", "AT+CGMR");
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final ScriptLoader loader;
    private final String text;

    ModuleProbe(ScriptLoader loader) {
        this.loader = loader;
        StringBuilder b = new StringBuilder();
        COMMANDS.forEach(c -> b.append("send ").append(c).append(" timeout ").append(TIMEOUT.toSeconds())
                .append("s\n"));
        this.text = b.toString();
    }

    /** A script of its own for each run (runs on several modules at once must not share one syntax tree). */
    private LoadedScript script() {
        synchronized (loader) {
            return loader.load("module probe", URI.createURI("memory:/probe.atflow"), text);
        }
    }

    /** What the module answered, or why it did not. */
    record Outcome(Map<String, String> facts, String failure) {
        boolean answered() {
            return failure == null;
        }
    }

    Outcome ask(RunTarget target) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        String[] current = new String[1];
        RunResult r = ScriptRunner.builder().script(script()).target(target).commandTimeout(TIMEOUT)
                .scriptTimeout(TIMEOUT.multipliedBy(COMMANDS.size() + 1)).listener(e -> {
                    switch (e) {
                        case RunEvent.Sent s -> {
                            current[0] = s.text();
                            answers.put(s.text(), new ArrayList<>());
                        }
                        case RunEvent.Received l when current[0] != null -> answers.get(current[0]).add(l.line());
                        default -> {
                        }
                    }
                }).run();
        if (!r.passed()) {
            return new Outcome(Map.of(), r.message());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        answers.forEach((command, lines) -> facts.put(command, String.join(" / ", lines.stream()
                .filter(l -> !l.isBlank() && !l.equals("OK") && !l.equals(command)).toList())));
        return new Outcome(facts, null);
    }
}
