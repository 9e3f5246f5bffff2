package io.atflow.launch.debug.breakpoints;

import java.util.Iterator;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;

/**
 * The lines where a breakpoint can be: the first lines of statements ({@code send}, {@code await}, {@code on},
 * {@code var}, {@code set}, {@code if}, {@code fail}, {@code log}, {@code delay}, also inside steps, blocks and
 * handlers), of steps and of includes — the places the interpreter's debugger stops at. A breakpoint asked for on
 * another line (blank, comment, declaration, a closing brace, the middle of a text block) goes to the next such
 * line, as the debugger binds it and as JDT does.
 */
public final class StatementLines {
    private final ScriptLoader loader;

    public StatementLines(ScriptLoader loader) {
        this.loader = loader;
    }

    /** The 1-based first lines of the statements of {@code text} (parsed as the script at {@code uri}). */
    public TreeSet<Integer> of(URI uri, String text) {
        LoadedScript loaded = loader.parse(uri.lastSegment() == null ? "script" : uri.lastSegment(), uri,
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TreeSet<Integer> lines = new TreeSet<>();
        if (loaded.script() == null) {
            return lines;
        }
        for (Iterator<EObject> it = loaded.script().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Statement || o instanceof Step || o instanceof Include) {
                ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
                if (node != null) {
                    lines.add(node.getStartLine());
                }
            }
        }
        return lines;
    }

    /** The line a breakpoint asked for on 1-based {@code line} goes to, or -1 when no statement starts on or after it. */
    public int bind(URI uri, String text, int line) {
        Integer next = of(uri, text).ceiling(line);
        return next == null ? -1 : next;
    }
}
