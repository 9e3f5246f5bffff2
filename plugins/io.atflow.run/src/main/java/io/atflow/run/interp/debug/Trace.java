package io.atflow.run.interp.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Step;
import io.atflow.run.debug.DebugFrame;
import io.atflow.run.interp.Locations;

/**
 * Where a thread of the run is: the element it runs now and the frames around it (steps, includes, if branches,
 * handlers), innermost on top. A handler thread's trace sits on the script thread's (the handler's frames above the
 * script's, one logical thread).
 */
final class Trace {
    private static final int NAME_LIMIT = 80;

    /** A frame opened by a construct (its body runs inside). */
    record Entry(EObject construct, String name) {
    }

    final Trace base;
    private final ConcurrentLinkedDeque<Entry> entries = new ConcurrentLinkedDeque<>();
    volatile EObject current;
    volatile boolean waiting;

    Trace(Trace base) {
        this.base = base;
    }

    void push(EObject construct, String name) {
        entries.push(new Entry(construct, name));
    }

    void pop() {
        entries.poll();
    }

    /** How many frames are open (with the base's): step over stays at this depth or above, step out goes above. */
    int depth() {
        return entries.size() + (base == null ? 0 : base.depth());
    }

    /** The frames, innermost first, ending with the script's; names masked with {@code mask}. */
    List<DebugFrame> frames(Path script, UnaryOperator<String> mask) {
        List<DebugFrame> out = new ArrayList<>();
        EObject outermost = collect(out, mask);
        String file = script == null ? "script" : script.getFileName().toString();
        out.add(new DebugFrame(out.size() + 1, "script " + file, script, SourcePositions.line(outermost)));
        return out;
    }

    /** Adds this trace's frames (and its base's); returns the outermost element seen. */
    private EObject collect(List<DebugFrame> out, UnaryOperator<String> mask) {
        EObject outermost = current;
        if (current != null) {
            add(out, mask.apply(name(current)), current);
        }
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            add(out, mask.apply(e.name()), e.construct());
            outermost = e.construct();
        }
        if (base != null) {
            EObject below = base.collect(out, mask);
            return below != null ? below : outermost;
        }
        return outermost;
    }

    private static void add(List<DebugFrame> out, String name, EObject where) {
        out.add(new DebugFrame(out.size() + 1, name, SourcePositions.file(where), SourcePositions.line(where)));
    }

    /** The frame name of an element: its source text's first line ({@code send AT+QMTOPEN=0,...}). */
    static String name(EObject element) {
        if (element instanceof Step s) {
            return "step \"" + s.getName() + "\"";
        }
        if (element instanceof Include i) {
            return "include \"" + i.getPath() + "\"";
        }
        String text = Locations.text(element);
        if (text == null) {
            return element.eClass().getName();
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.length() > NAME_LIMIT ? first.substring(0, NAME_LIMIT - 3) + "..." : first;
    }
}
