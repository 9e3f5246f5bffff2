package io.atflow.run.interp;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

import io.atflow.engine.urc.Urc;

/** The last URCs of a run, so a timed-out await can say what came instead ({@code got +QMTCONN: 0,0,4}). */
public final class UrcHistory {
    /** URCs kept. */
    public static final int SIZE = 64;
    private final ArrayDeque<Urc> recent = new ArrayDeque<>();

    public synchronized void add(Urc urc) {
        if (recent.size() == SIZE) {
            recent.removeFirst();
        }
        recent.addLast(urc);
    }

    /** The latest URC named {@code name} ({@code +QMTCONN}) that arrived at or after {@code since}. */
    public synchronized Optional<Urc> latest(String name, Instant since) {
        for (Iterator<Urc> it = recent.descendingIterator(); it.hasNext();) {
            Urc u = it.next();
            if (u.time().isBefore(since)) {
                break;
            }
            if (name.equals(u.name())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
