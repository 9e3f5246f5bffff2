package io.atflow.launch.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugListener;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.Suspension;

/** A debugger that records the requests of the model and suspends when the test says so (wiring tests only). */
final class FakeDebugger implements Debugger {
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<DebugListener> listeners = new CopyOnWriteArrayList<>();
    Map<Integer, List<DebugScope>> scopes = Map.of();
    Map<String, String> values = Map.of();
    private Suspension suspension;

    void suspend(Suspension s) {
        suspension = s;
        listeners.forEach(l -> l.suspended(s));
    }

    @Override
    public List<BreakpointState> setBreakpoints(Path file, List<Breakpoint> breakpoints) {
        requests.add("setBreakpoints " + file.getFileName() + " " + breakpoints.size());
        List<BreakpointState> states = new ArrayList<>();
        breakpoints.forEach(b -> states.add(new BreakpointState(states.size(), b.line(), true, null)));
        return states;
    }

    @Override
    public void setSuspendOnEntry(boolean on) {
        requests.add("suspendOnEntry " + on);
    }

    @Override
    public void setSuspendOnFailure(boolean on) {
        requests.add("suspendOnFailure " + on);
    }

    @Override
    public void setSuspendOnUrc(List<String> patterns) {
        requests.add("suspendOnUrc " + patterns);
    }

    @Override
    public Optional<Suspension> suspension() {
        return Optional.ofNullable(suspension);
    }

    @Override
    public List<DebugScope> scopes(int frameId) throws DebugException {
        suspended();
        return scopes.getOrDefault(frameId, List.of());
    }

    @Override
    public String evaluate(int frameId, String expression) throws DebugException {
        suspended();
        String v = values.get(expression);
        if (v == null) {
            throw new DebugException(expression + " is not defined at this point of the script.");
        }
        return v;
    }

    @Override
    public void resume() throws DebugException {
        go("resume");
    }

    @Override
    public void stepOver() throws DebugException {
        go("stepOver");
    }

    @Override
    public void stepInto() throws DebugException {
        go("stepInto");
    }

    @Override
    public void stepOut() throws DebugException {
        go("stepOut");
    }

    @Override
    public void pause() {
        requests.add("pause");
    }

    @Override
    public void addListener(DebugListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DebugListener listener) {
        listeners.remove(listener);
    }

    private void go(String what) throws DebugException {
        suspended();
        requests.add(what);
        suspension = null;
        listeners.forEach(DebugListener::resumed);
    }

    private void suspended() throws DebugException {
        if (suspension == null) {
            throw new DebugException("The run is not suspended.");
        }
    }
}
