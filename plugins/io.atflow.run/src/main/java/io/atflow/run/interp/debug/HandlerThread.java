package io.atflow.run.interp.debug;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.eclipse.emf.ecore.EObject;

/**
 * Where a debugged run's {@code on} handlers run: one thread of their own, in arrival order, each waiting while the
 * run is suspended, so a handler that suspends never holds up the engine's URC delivery. Its trace sits on the
 * script's.
 */
final class HandlerThread {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atflow-handlers");
        t.setDaemon(true);
        return t;
    });
    private final Trace trace;
    private final ThreadLocal<Trace> traces;
    private final Runnable gate;

    /**
     * @param script the script thread's trace (the handlers' frames go above it)
     * @param traces the debugger's trace per thread
     * @param gate   waits while the run is suspended
     */
    HandlerThread(Trace script, ThreadLocal<Trace> traces, Runnable gate) {
        this.trace = new Trace(script);
        this.traces = traces;
        this.gate = gate;
    }

    Trace trace() {
        return trace;
    }

    /** Queues a firing handler's body; dropped when the run has ended. */
    void run(Runnable body) {
        try {
            executor.execute(() -> {
                traces.set(trace);
                gate.run();
                EObject before = trace.current;
                try {
                    body.run();
                } finally {
                    trace.current = before;
                }
            });
        } catch (RejectedExecutionException e) {
            // the run ended: its handlers are cancelled
        }
    }

    void close() {
        executor.shutdown();
    }
}
