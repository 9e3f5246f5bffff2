package io.atflow.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.ChannelObserver;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.urc.Urc;

/** Records what a channel reports, for assertions. */
public final class RecordingObserver implements ChannelObserver {
    public record Line(LineKind kind, String text) {
        @Override
        public String toString() {
            return kind + " " + text;
        }
    }

    public final List<Line> lines = new CopyOnWriteArrayList<>();
    public final List<Urc> urcs = new CopyOnWriteArrayList<>();
    public final List<CommandResult> results = new CopyOnWriteArrayList<>();
    public final List<String> closed = new CopyOnWriteArrayList<>();
    public final List<String> started = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(AtCommand command) {
        started.add(command.text());
    }

    @Override
    public void line(long nanos, LineKind kind, String text) {
        lines.add(new Line(kind, text));
    }

    @Override
    public void urc(Urc urc) {
        urcs.add(urc);
    }

    @Override
    public void result(AtCommand command, CommandResult result) {
        results.add(result);
    }

    @Override
    public void closed(String reason, boolean failed) {
        closed.add((failed ? "failed: " : "closed: ") + reason);
    }

    public List<String> urcLines() {
        return urcs.stream().map(Urc::line).toList();
    }

    public List<String> linesOf(LineKind kind) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind() == kind) {
                out.add(l.text());
            }
        }
        return out;
    }
}
