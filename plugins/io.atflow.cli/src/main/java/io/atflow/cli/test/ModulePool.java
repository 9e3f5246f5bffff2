package io.atflow.cli.test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hands scripts to free modules: {@link #next()} gives a waiting script and a free module whose profile suits it
 * (blocking while every suitable module is busy); a broken module takes no more scripts, and a script that no
 * working module suits comes back without a module and with the reason.
 */
final class ModulePool {
    private final List<LabModule> modules;
    private final ProfileMatch match;
    private final Deque<TestScript> waiting;
    private final Set<LabModule> busy = new HashSet<>();
    private final Map<LabModule, String> broken = new LinkedHashMap<>();

    ModulePool(List<LabModule> modules, ProfileMatch match, List<TestScript> scripts) {
        this.modules = List.copyOf(modules);
        this.match = match;
        this.waiting = new ArrayDeque<>(scripts);
    }

    /** A script with the module that runs it, or (module null) with why none can. */
    record Assignment(TestScript script, LabModule module, String unrunnable) {
    }

    /** The next assignment; null when no script waits any more. */
    synchronized Assignment next() throws InterruptedException {
        while (!waiting.isEmpty()) {
            for (Iterator<TestScript> it = waiting.iterator(); it.hasNext();) {
                TestScript s = it.next();
                List<LabModule> able = modules.stream().filter(m -> !broken.containsKey(m) && match.runs(m,
                        s.profile())).toList();
                if (able.isEmpty()) {
                    it.remove();
                    return new Assignment(s, null, unrunnable(s));
                }
                for (LabModule m : able) {
                    if (busy.add(m)) {
                        it.remove();
                        return new Assignment(s, m, null);
                    }
                }
            }
            wait();
        }
        return null;
    }

    /** {@code module} is free again. */
    synchronized void release(LabModule module) {
        busy.remove(module);
        notifyAll();
    }

    /** {@code module} takes no more scripts; {@code script} (not run on it) waits for another module. */
    synchronized void broken(LabModule module, String why, TestScript requeue) {
        broken.put(module, why);
        busy.remove(module);
        if (requeue != null) {
            waiting.addFirst(requeue);
        }
        notifyAll();
    }

    private String unrunnable(TestScript s) {
        List<LabModule> suited = modules.stream().filter(m -> match.runs(m, s.profile())).toList();
        if (suited.isEmpty()) {
            return "no module of the pool has profile " + s.profile() + " (the script's profile statement); the pool"
                    + " has " + modules.stream().map(m -> m.name() + " (" + (m.profile() == null ? "profile unknown"
                            : m.profile()) + ")").collect(Collectors.joining(", "))
                    + "; add one with --ports or in the lab file, or set the modules' profile";
        }
        List<String> why = new ArrayList<>();
        suited.forEach(m -> why.add(m.name() + " " + broken.get(m)));
        return "every module that can run it is broken: " + String.join("; ", why);
    }
}
