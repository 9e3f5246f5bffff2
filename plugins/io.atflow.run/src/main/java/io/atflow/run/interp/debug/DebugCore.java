package io.atflow.run.interp.debug;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.PausableClock;
import io.atflow.lang.atFlow.Expression;
import io.atflow.run.Verdict;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugFrame;
import io.atflow.run.debug.DebugListener;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.interp.DebugHook;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.ScriptFailure;

/**
 * The debugger of one run: the interpreter reports to it ({@link DebugHook}) and it suspends the run's threads at
 * statements, or at once inside a pending {@code await}/{@code send}; while suspended the run's clock and the
 * module's command timeouts stand still, handlers wait in a queue and others may use the command channel.
 */
public final class DebugCore implements Debugger, DebugHook {
    private final Breakpoints breakpoints = new Breakpoints();
    private final Stepping stepping = new Stepping();
    private final ModuleState module = new ModuleState();
    private final List<DebugListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final ThreadLocal<Trace> traces = new ThreadLocal<>();
    private volatile boolean onEntry;
    private volatile boolean onFailure;
    private final UrcWatch urcs = new UrcWatch();
    private RunBinding run;
    private RunContext ctx;
    private Trace script;
    private HandlerThread handlers;
    private ScriptFailure reported;
    /* guarded by lock */
    private Suspension suspension;
    private Trace suspended;
    private Request requested;
    private boolean stopped;

    /** @param urcPattern the suspend-on-URC pattern that matched, or null */
    private record Request(StopReason reason, String description, String urcPattern) {
        Request(StopReason reason, String description) {
            this(reason, description, null);
        }
    }

    @Override
    public List<BreakpointState> setBreakpoints(Path file, List<Breakpoint> list) {
        return breakpoints.set(file, list);
    }

    @Override
    public void setSuspendOnEntry(boolean on) {
        onEntry = on;
    }

    @Override
    public void setSuspendOnFailure(boolean on) {
        onFailure = on;
    }

    @Override
    public void setSuspendOnUrc(List<String> patterns) throws DebugException {
        urcs.watch(patterns);
    }

    /**
     * Starts debugging the run (on the run's thread, before its first statement). A debugger serves one run at a
     * time; its breakpoints and options carry over to a later run.
     */
    public void attach(RunBinding binding) {
        synchronized (lock) {
            run = binding;
            ctx = binding.context();
            stopped = false;
            reported = null;
            breakpoints.resetHits();
            stepping.start(Stepping.Mode.NONE, 0);
            script = new Trace(null);
            traces.set(script);
            if (onEntry) {
                requested = new Request(StopReason.ENTRY, "suspended before the first statement");
            }
            handlers = new HandlerThread(script, traces, this::gate);
            ctx.debug(this, new PausableClock());
            urcs.attach(ctx, (description, pattern) -> request(StopReason.URC, description, pattern));
        }
    }

    /** The run ended: no more suspensions, the handler thread and the URC watch end. */
    public void detach() {
        synchronized (lock) {
            stop();
            urcs.close();
            if (handlers != null) {
                handlers.close();
            }
        }
    }

    @Override
    public Optional<Suspension> suspension() {
        synchronized (lock) {
            return Optional.ofNullable(suspension);
        }
    }

    @Override
    public List<DebugScope> scopes(int frameId) throws DebugException {
        frame(frameId);
        return new ScopeView(ctx, module).scopes();
    }

    @Override
    public String evaluate(int frameId, String expression) throws DebugException {
        frame(frameId);
        Expression e;
        try {
            e = ExpressionParser.parse(expression);
        } catch (IllegalArgumentException x) {
            throw new DebugException(ctx.mask(x.getMessage()));
        }
        try {
            return new ScopeView(ctx, module).value(ctx.evaluator().eval(e));
        } catch (ScriptFailure f) {
            throw new DebugException(ctx.mask(f.getMessage()));
        }
    }

    private DebugFrame frame(int id) throws DebugException {
        Suspension s = suspension().orElseThrow(() -> new DebugException("the run is not suspended"));
        return s.frames().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new DebugException("the suspended run has no frame " + id));
    }

    @Override
    public void resume() throws DebugException {
        go(Stepping.Mode.NONE);
    }

    @Override
    public void stepOver() throws DebugException {
        go(Stepping.Mode.OVER);
    }

    @Override
    public void stepInto() throws DebugException {
        go(Stepping.Mode.INTO);
    }

    @Override
    public void stepOut() throws DebugException {
        go(Stepping.Mode.OUT);
    }

    private void go(Stepping.Mode mode) throws DebugException {
        synchronized (lock) {
            if (suspension == null) {
                throw new DebugException("the run is not suspended");
            }
            stepping.start(mode, suspended.depth());
            release();
        }
    }

    /** Ends the suspension (under the lock): clocks on, channel back, listeners told, threads go on. */
    private void release() {
        suspension = null;
        suspended = null;
        run.shareChannel().accept(false);
        ctx.clock().resume();
        ctx.session().channel().timeouts().resume();
        ctx.afterEvents(() -> listeners.forEach(DebugListener::resumed));
        lock.notifyAll();
    }

    @Override
    public void pause() {
        request(StopReason.PAUSE, "paused", null);
    }

    /** Suspends at once inside a pending await or command, else at the next statement. */
    private void request(StopReason reason, String description, String urcPattern) {
        synchronized (lock) {
            if (suspension != null || stopped) {
                return;
            }
            Trace waiting = ctx == null ? null : script.waiting ? script : waitingHandler();
            if (waiting != null) {
                suspend(waiting, new Request(reason, description, urcPattern));
            } else if (requested == null || reason == StopReason.PAUSE) {
                requested = new Request(reason, description, urcPattern);
            }
        }
    }

    private Trace waitingHandler() {
        Trace t = handlers.trace();
        return t != null && t.waiting ? t : null;
    }

    @Override
    public void addListener(DebugListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DebugListener listener) {
        listeners.remove(listener);
    }

    // ---- the interpreter's side

    private Trace trace() {
        Trace t = traces.get();
        return t != null ? t : script;
    }

    @Override
    public void before(EObject element) {
        Trace t = trace();
        t.current = element;
        gate();
        Request r;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            r = requested;
            requested = null;
        }
        if (r == null) {
            String hit = breakpoints.stopAt(element, ctx);
            r = hit == null ? null : new Request(StopReason.BREAKPOINT, hit);
        }
        if (r == null && stepping.stopsAt(t.depth())) {
            r = new Request(StopReason.STEP, "step ended at " + ctx.locations().of(element));
        }
        if (r != null) {
            ctx.settleEvents(); // the last command's answer is posted before the stop (outside the lock: see request)
            synchronized (lock) {
                suspend(t, r);
            }
            gate();
        }
    }

    /** Suspends (under the lock) with the frames of {@code where}; the caller's thread waits in {@link #gate()}. */
    private void suspend(Trace where, Request why) {
        if (suspension != null || stopped) {
            return;
        }
        stepping.start(Stepping.Mode.NONE, 0);
        requested = null;
        suspended = where;
        ctx.clock().pause();
        ctx.session().channel().timeouts().pause();
        run.shareChannel().accept(true);
        suspension = new Suspension(why.reason(), ctx.mask(why.description()), where.frames(run.script(), ctx::mask),
                why.urcPattern());
        Suspension s = suspension;
        // told after the run's events of what led here, in the order they were posted (console lines first)
        ctx.afterEvents(() -> listeners.forEach(l -> l.suspended(s)));
    }

    @Override
    public void enter(EObject construct, String name) {
        trace().push(construct, name);
    }

    @Override
    public void exit() {
        trace().pop();
    }

    @Override
    public void failing(EObject element, ScriptFailure failure) {
        if (!onFailure || failure.verdict() != Verdict.FAILED) {
            return;
        }
        Trace t = trace();
        ctx.settleEvents();
        synchronized (lock) {
            if (reported == failure || stopped) {
                return;
            }
            reported = failure;
            t.current = element;
            suspend(t, new Request(StopReason.FAILURE, failure.describe()));
        }
        gate();
    }

    @Override
    public void blocking(boolean waiting) {
        Trace t = trace();
        synchronized (lock) {
            t.waiting = waiting;
            // a pause asked for after this statement began (its next-statement check passed) holds at once
            if (waiting && requested != null && requested.reason() == StopReason.PAUSE) {
                suspend(t, requested);
            }
        }
    }

    @Override
    public void gate() {
        synchronized (lock) {
            while (suspension != null && !stopped) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void exchanged(CommandResult result) {
        module.exchanged(result);
    }

    @Override
    public void handler(Runnable body) {
        handlers.run(body);
    }

    @Override
    public void stopped() {
        synchronized (lock) {
            stop();
        }
    }

    private void stop() {
        stopped = true;
        if (suspension != null) {
            release();
        }
        lock.notifyAll();
    }
}
