package io.atflow.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Delivers events to the registered listeners; a failing listener never disturbs the platform or the others. */
public final class PlatformEvents {
    private final List<PlatformListener> listeners = new CopyOnWriteArrayList<>();

    public void add(PlatformListener listener) {
        listeners.add(listener);
    }

    public void remove(PlatformListener listener) {
        listeners.remove(listener);
    }

    public void emit(PlatformEvent event) {
        for (PlatformListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                // a listener's bug must not break a device's connection
            }
        }
    }
}
