package io.atflow.launch.console;

import java.util.List;
import java.util.function.UnaryOperator;

import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.run.RunEvent;
import io.atflow.run.RunEventText;
import io.atflow.run.RunResult;

/** The console lines of run events, in the wording of {@link RunEventText} (the CLI prints the same). */
public final class RunEventLines {
    private final RunEventText text;

    /**
     * @param paths     rewrites script paths and {@code file:line} locations for display (e.g. file system → workspace)
     * @param explainer explains URCs by their coded fields, as the URC view does
     */
    public RunEventLines(UnaryOperator<String> paths, UrcExplainer explainer) {
        this.text = new RunEventText(paths, explainer);
    }

    /** The lines of one event; most events give one line, a successful command none (its {@code OK} is shown). */
    public List<ConsoleLine> lines(RunEvent event) {
        return text.line(event).map(l -> List.of(new ConsoleLine(event.time(), l.kind(),
                l.text()))).orElse(List.of());
    }

    /** {@code PASSED 4 steps passed (2.3 s)}, {@code FAILED /p/x.atflow:23: expected ... (1.2 s)}. */
    public String verdict(RunResult r) {
        return text.verdict(r);
    }
}
