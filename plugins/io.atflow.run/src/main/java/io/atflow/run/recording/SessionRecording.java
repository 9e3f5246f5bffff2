package io.atflow.run.recording;

import java.util.ArrayList;
import java.util.List;

/** The commands and URCs of an AT console session in arrival order; appended from any thread. */
public final class SessionRecording {
    private final List<Recorded> entries = new ArrayList<>();

    public synchronized void add(Recorded entry) {
        entries.add(entry);
    }

    public synchronized List<Recorded> entries() {
        return List.copyOf(entries);
    }

    public synchronized boolean hasCommands() {
        return entries.stream().anyMatch(Recorded.Command.class::isInstance);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
