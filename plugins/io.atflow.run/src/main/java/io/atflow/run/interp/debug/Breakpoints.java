package io.atflow.run.interp.debug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.load.LoadedScript;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.ScriptFailure;

/**
 * The line breakpoints by file: each bound to the first statement (or step, or include) that starts on or after its
 * line, with its parsed condition and hit condition and how often it was hit.
 */
final class Breakpoints {
    private final Map<Path, Map<Integer, List<Bound>>> byFile = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** The file of each resource the run reached (a run has a few). */
    private final Map<Resource, Path> files = new ConcurrentHashMap<>();

    /** A breakpoint the run stops at. */
    static final class Bound {
        final Breakpoint breakpoint;
        final int line;
        final Conditional condition;
        final HitCondition hits;
        private final AtomicInteger count = new AtomicInteger();

        Bound(Breakpoint breakpoint, int line, Conditional condition, HitCondition hits) {
            this.breakpoint = breakpoint;
            this.line = line;
            this.condition = condition;
            this.hits = hits;
        }

        /** Counts a hit (its condition held); whether the hit condition lets it suspend. */
        boolean hit() {
            int n = count.incrementAndGet();
            return hits == null || hits.test(n);
        }
    }

    /** A new run counts hits from zero. */
    void resetHits() {
        byFile.values().forEach(lines -> lines.values().forEach(list -> list.forEach(b -> b.count.set(0))));
    }

    boolean isEmpty() {
        return byFile.isEmpty();
    }

    List<BreakpointState> set(Path file, List<Breakpoint> breakpoints) {
        Path key = SourcePositions.normalize(file);
        List<BreakpointState> states = new ArrayList<>();
        Map<Integer, List<Bound>> bound = new ConcurrentHashMap<>();
        NavigableSet<Integer> lines;
        String unreadable = null;
        try {
            lines = lines(key);
        } catch (IOException | RuntimeException e) {
            lines = new TreeSet<>();
            unreadable = "cannot read " + key + ": " + e.getMessage();
        }
        for (Breakpoint b : breakpoints) {
            int id = ids.incrementAndGet();
            Integer at = lines.ceiling(b.line());
            String why = unreadable != null ? unreadable
                    : at == null ? "no statement starts on or after line " + b.line() + " of " + key.getFileName()
                            : null;
            Conditional condition = null;
            HitCondition hits = null;
            String problem = why != null ? null : SettingsCheck.problem(b.condition(), b.hitCondition()).orElse(null);
            if (problem != null) {
                why = "the breakpoint at line " + b.line() + " of " + key.getFileName() + " is not set: " + problem;
            } else if (why == null) {
                condition = b.condition() == null || b.condition().isBlank() ? null
                        : new Conditional(b.condition(), ExpressionParser.parse(b.condition()));
                hits = HitCondition.parse(b.hitCondition());
            }
            if (why != null) {
                states.add(new BreakpointState(id, b.line(), false, why));
                continue;
            }
            bound.computeIfAbsent(at, l -> new ArrayList<>()).add(new Bound(b, at, condition, hits));
            states.add(new BreakpointState(id, at, true, null));
        }
        if (bound.isEmpty()) {
            byFile.remove(key);
        } else {
            byFile.put(key, bound);
        }
        return states;
    }

    /**
     * Whether the run stops at {@code element}: the description of the breakpoint whose condition holds and whose hit
     * condition lets it suspend (or whose condition cannot be evaluated), else null.
     */
    String stopAt(EObject element, RunContext ctx) {
        List<Bound> here = isEmpty() ? null : at(element);
        if (here == null) {
            return null;
        }
        for (Bound b : here) {
            if (b.condition != null) {
                try {
                    if (!ctx.evaluator().condition(b.condition.expression())) {
                        continue;
                    }
                } catch (ScriptFailure f) {
                    return "the condition " + b.condition.text() + " of the breakpoint at "
                            + ctx.locations().of(element) + " cannot be evaluated: " + f.getMessage();
                }
            }
            if (b.hit()) {
                return "breakpoint at " + ctx.locations().of(element)
                        + (b.condition == null ? "" : " (" + b.condition.text() + ")");
            }
        }
        return null;
    }

    /** The breakpoints bound to {@code element}'s line, or null. */
    private List<Bound> at(EObject element) {
        Resource r = element.eResource();
        Path file = r == null ? null : files.computeIfAbsent(r, SourcePositions::file);
        Map<Integer, List<Bound>> lines = file == null ? null : byFile.get(file);
        return lines == null ? null : lines.get(SourcePositions.line(element));
    }

    /** The lines where a statement, a step or an include starts. */
    private static NavigableSet<Integer> lines(Path file) throws IOException {
        LoadedScript parsed = AtFlowLanguage.loader().parse(file.toString(), URI.createFileURI(file.toString()),
                Files.readAllBytes(file));
        if (parsed.script() == null) {
            throw new IOException("it is not a script the language can read");
        }
        NavigableSet<Integer> lines = new TreeSet<>();
        parsed.script().eAllContents().forEachRemaining(o -> {
            if (o instanceof Statement || o instanceof Step || o instanceof Include) {
                int line = SourcePositions.line(o);
                if (line > 0) {
                    lines.add(line);
                }
            }
        });
        return lines;
    }

    /** A condition as written and parsed. */
    record Conditional(String text, io.atflow.lang.atFlow.Expression expression) {
    }
}
