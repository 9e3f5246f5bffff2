package io.atflow.run.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.session.SessionListener;
import io.atflow.engine.text.DurationText;
import io.atflow.engine.urc.Urc;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.RunEvent;

/**
 * Turns the engine's session events into run events (on the engine's event thread, so they keep its order): bytes
 * sent, answer lines, URCs with the catalog's meaning of their codes, and command results. The session masked the
 * texts already (known secrets and credential fields, see {@link io.atflow.engine.session.SessionConfig}).
 */
public final class SessionEvents implements SessionListener {
    private final Consumer<RunEvent> events;
    private final Sequencer sequencer;
    private final AtCatalog catalog;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    /** @param events where the run events go, in the engine's order (a run's dispatcher, or a module's routing) */
    public SessionEvents(Consumer<RunEvent> events, Sequencer sequencer, AtCatalog catalog) {
        this.events = events;
        this.sequencer = sequencer;
        this.catalog = catalog;
    }

    @Override
    public void sent(Instant time, String text) {
        if (text.regionMatches(true, 0, "AT", 0, 2)) {
            started.put(text, time);
        }
        events.accept(new RunEvent.Sent(time, text));
    }

    @Override
    public void received(Instant time, LineKind kind, String line) {
        if (kind != LineKind.ECHO && kind != LineKind.URC) {
            events.accept(new RunEvent.Received(time, line));
        }
    }

    @Override
    public void urc(Urc urc) {
        events.accept(new RunEvent.UrcReceived(urc.time(), urc.line(), catalog.describe(urc.line()).orElse(null)));
        sequencer.urcDelivered(urc.time(), urc.line());
    }

    @Override
    public void result(Instant time, CommandResult result) {
        Instant start = started.remove(result.command());
        Duration elapsed = start == null ? Duration.ZERO : Duration.between(start, time);
        events.accept(new RunEvent.CommandFinished(time, result.command(), outcome(result), elapsed));
        sequencer.resultDelivered(result.command());
    }

    @Override
    public void closed(Instant time, String reason) {
        sequencer.closedDelivered();
    }

    /** {@code OK}, or one sentence about what else happened. */
    public static String outcome(CommandResult r) {
        return switch (r) {
            case CommandResult.Success s -> RunEvent.CommandFinished.OK;
            case CommandResult.Mismatch m -> m.reason().startsWith(m.command() + " answered ")
                    ? m.reason().substring(m.command().length() + 1) : m.reason();
            case CommandResult.Timeout t -> "no final result code within " + DurationText.format(t.after());
            case CommandResult.Aborted a -> "aborted: " + a.reason();
            case CommandResult.TransportError e -> e.message();
        };
    }
}
