package io.atflow.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.session.SessionListener;
import io.atflow.engine.urc.Urc;
import io.atflow.run.recording.Recorded;

/**
 * Records an interactive session from the engine's events, so commands and URCs keep the order they happened in:
 * each interactive command with its (masked) result, and the URCs that arrive while no run has the module.
 */
final class Recorder implements SessionListener {
    private final List<Recorded> entries = new ArrayList<>();
    private final Supplier<String> owner;
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();

    private record Sent(String key, CommandPlan plan, String data) {
    }

    /** @param owner who has the module's command channel now */
    Recorder(Supplier<String> owner) {
        this.owner = owner;
    }

    /** The commands and URCs so far, in order. */
    synchronized List<Recorded> entries() {
        return List.copyOf(entries);
    }

    private synchronized void add(Recorded entry) {
        entries.add(entry);
    }

    /** The next result of the command {@code key} (its masked text) belongs to {@code plan}. */
    void expect(String key, CommandPlan plan, String data) {
        sent.add(new Sent(key, plan, data));
    }

    @Override
    public void urc(Urc urc) {
        String o = owner.get();
        if (o == null || o.equals(InteractiveSession.OWNER)) {
            add(new Recorded.Unsolicited(urc.line()));
        }
    }

    @Override
    public void result(Instant time, CommandResult result) {
        Sent s = sent.peek();
        if (s != null && Objects.equals(s.key(), result.command())) {
            sent.poll();
            add(new Recorded.Command(s.plan().text(), s.plan().data(), s.data(), result));
        }
    }
}
