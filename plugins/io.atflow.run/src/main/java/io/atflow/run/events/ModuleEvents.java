package io.atflow.run.events;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;

/**
 * Where the events of an open module go: to the module's own listeners (an AT console, on a dispatcher of their
 * own) and to the run that uses the module now, if any. Both see the engine's events in the engine's order.
 */
public final class ModuleEvents implements Consumer<RunEvent> {
    private final EventDispatcher module;
    private final AtomicReference<EventDispatcher> run = new AtomicReference<>();

    /** @param listeners the module's listeners, called on the thread {@code atflow-run-events} */
    public ModuleEvents(List<RunListener> listeners) {
        this.module = new EventDispatcher(listeners);
    }

    @Override
    public void accept(RunEvent event) {
        module.post(event);
        EventDispatcher r = run.get();
        if (r != null) {
            r.post(event);
        }
    }

    /** Events go to {@code dispatcher} too until {@link #detach}; one run at a time. */
    public void attach(EventDispatcher dispatcher) {
        run.set(dispatcher);
    }

    public void detach(EventDispatcher dispatcher) {
        run.compareAndSet(dispatcher, null);
    }

    public void addListener(RunListener listener) {
        module.addListener(listener);
    }

    public void removeListener(RunListener listener) {
        module.removeListener(listener);
    }

    /** Ends the module's dispatcher once what was posted was delivered. */
    public void close() {
        module.close();
    }
}
