package io.atflow.sim.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Connections a module opened in the background whose outcome has not reached the module thread yet. A module closed
 * (or reset) meanwhile drops or ignores that outcome, so whoever owns the connections closes these with
 * {@link #closeAll()} from its close (and reset) hook. {@link ModuleCore#close()} marks the module closed before its
 * hooks run, so a connection is either seen by the hook or refused by {@link #add}.
 *
 * @param <T> the connection type
 */
public final class Arrivals<T> {
    private final ModuleCore module;
    private final Consumer<T> close;
    private final Set<T> pending = ConcurrentHashMap.newKeySet();

    public Arrivals(ModuleCore module, Consumer<T> close) {
        this.module = module;
        this.close = close;
    }

    /** Tracks {@code connection} until it {@link #arrived}; false, with it closed, when the module is closed already. */
    public boolean add(T connection) {
        pending.add(connection);
        if (module.isClosed()) {
            pending.remove(connection);
            close.accept(connection);
            return false;
        }
        return true;
    }

    /** The outcome reached the module thread: its owner takes the connection over (or closes it). */
    public void arrived(T connection) {
        pending.remove(connection);
    }

    /** Closes every connection still on its way. */
    public void closeAll() {
        pending.forEach(close);
    }
}
