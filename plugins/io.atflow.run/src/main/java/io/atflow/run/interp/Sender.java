package io.atflow.run.interp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.lang.atFlow.ConnectData;
import io.atflow.lang.atFlow.Data;
import io.atflow.lang.atFlow.Prompt;
import io.atflow.lang.atFlow.Receive;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.catalog.DataMode;
import io.atflow.lang.model.Durations;

/**
 * Runs {@code send}: renders the command, writes the data after {@code >} or {@code CONNECT}, reads a body into a
 * variable ({@code receive}), checks the answer against {@code expect} (default: {@code OK}) and retries.
 *
 * <p>
 * With {@code expect P}: some answer line up to and including the final result must match P, and for a prefixed
 * P the final result must still be {@code OK}; a P that names a delayed result or unsolicited code
 * ({@code +QMTOPEN}, {@code +QMTRECV}) is awaited after the {@code OK}, within the command's own timeout or else the
 * catalog's time for that result ({@code resultWithin}, 75 s for {@code +QMTOPEN}).
 */
public final class Sender {
    private final RunContext ctx;
    private final CommandFactory commands;
    private final Awaiter awaiter;
    private final FixedPatterns patterns = new FixedPatterns();
    private final PreparedCommands prepared;

    public Sender(RunContext ctx, Awaiter awaiter) {
        this.ctx = ctx;
        this.commands = new CommandFactory(ctx.catalog());
        this.prepared = new PreparedCommands(commands);
        this.awaiter = awaiter;
    }

    /** @param where {@code file:line} of {@code send}, for messages */
    void run(Send send, Frame frame, Where where) {
        Evaluator eval = ctx.evaluator();
        String text = eval.render(send.getCommand(), send);
        CompiledPattern expect = send.getExpect() == null ? null
                : patterns.compile(send.getExpect().getText(), eval, ctx.locations(), send.getExpect());
        Outgoing out = prepared.prepare(text, expect, mode(send.getData()), data(send.getData()),
                send.getTimeout() != null ? Durations.parse(send.getTimeout()) : null,
                ctx.settings().commandTimeout(), ctx::addSecret, where::get);
        int attempts = send.getRetry() + 1;
        for (int attempt = 1;; attempt++) {
            try {
                once(send, out.command(), expect, out.own(), out.result(), frame, where);
                return;
            } catch (ScriptFailure f) {
                if (!f.retryable() || attempt >= attempts || ctx.isStopped()) {
                    throw f;
                }
                ctx.log(where.get() + ": " + f.getMessage() + "; trying " + text + " again (attempt " + (attempt + 1)
                        + " of " + attempts + ")");
                ctx.sleep(frame.bound(ctx.settings().retryPause()), where.get());
            }
        }
    }

    private static DataMode mode(Data data) {
        return switch (data) {
            case null -> DataMode.NONE;
            case Receive r -> DataMode.CONNECT_READ;
            case Prompt p -> p.isCtrlZ() ? DataMode.PROMPT_CTRLZ : DataMode.PROMPT_LENGTH;
            case ConnectData c -> DataMode.CONNECT;
            default -> DataMode.NONE;
        };
    }

    private String data(Data data) {
        return switch (data) {
            case Prompt p -> ctx.evaluator().text(p.getValue());
            case ConnectData c -> ctx.evaluator().text(c.getValue());
            case null, default -> null;
        };
    }

    /**
     * @param own    the command's timeout for its final result
     * @param result how long a delayed result named by {@code expect} may take (the catalog's, e.g. 75 s for
     *               {@code +QMTOPEN}, unless the command has a timeout of its own)
     */
    private void once(Send send, AtCommand command, CompiledPattern expect, Duration own, Duration result,
            Frame frame, Where where) {
        if (ctx.isStopped()) {
            throw ctx.stopReason(where.get());
        }
        if (frame.expired()) {
            throw frame.timedOut("sending " + command.text(), where.get());
        }
        boolean frameLimits = frame.cuts(own);
        Duration timeout = frame.bound(own);
        long started = ctx.clock().now();
        String key = ctx.session().mask(command.text());
        long before = ctx.sequencer().gotten(key);
        ctx.commandStarting();
        CommandResult r = ctx.debug() == null ? ctx.session().execute(command.withTimeout(timeout))
                : debugged(command.withTimeout(timeout));
        if (ctx.debug() == null) {
            ctx.sequencer().owe(key, before);
        } else {
            ctx.sequencer().awaitResult(key, before);
        }
        switch (r) {
            case CommandResult.Aborted a -> throw ctx.stopReason(where.get());
            case CommandResult.TransportError e -> throw ScriptFailure.error(e.message(), where.get());
            case CommandResult.Timeout t -> throw frameLimits
                    ? frame.timedOut("waiting for the answer to " + command.text(), where.get())
                    : ScriptFailure.failed(t.describe(), where.get());
            default -> {
            }
        }
        if (expect != null && commands.awaitsUrc(expect, command)) {
            requireOk(r, where);
            Duration left = result.minus(Duration.ofNanos(ctx.clock().now() - started));
            awaiter.await(expect, left.isNegative() ? Duration.ZERO : left, result, frame, where.get());
        } else if (expect != null) {
            matchAnswer(r, expect, where);
        } else {
            requireOk(r, where);
        }
        if (send.getData() instanceof Receive rec && r instanceof CommandResult.Success s) {
            ctx.evaluator().scope().bind(rec.getName(), s.bodyText());
        }
    }

    /** The command of a debugged run: its answer is looked at only when the run is not suspended. */
    private CommandResult debugged(AtCommand command) {
        DebugHook debug = ctx.debug();
        debug.blocking(true);
        CommandResult r;
        try {
            r = ctx.session().execute(command);
        } finally {
            debug.blocking(false);
        }
        debug.exchanged(r);
        debug.gate();
        return r;
    }

    private void requireOk(CommandResult r, Where where) {
        if (r instanceof CommandResult.Mismatch m) {
            throw ScriptFailure.failed(answered(m), where.get());
        }
    }

    private void matchAnswer(CommandResult r, CompiledPattern expect, Where where) {
        List<String> lines = new ArrayList<>(r.lines());
        String finalLine = switch (r) {
            case CommandResult.Success s -> s.finalLine();
            case CommandResult.Mismatch m -> m.finalLine();
            default -> null;
        };
        if (finalLine != null) {
            lines.add(finalLine);
        }
        for (String line : lines) {
            Map<String, String> captures = expect.match(line);
            if (captures != null) {
                if (expect.prefix() != null && !line.equals(finalLine) && r instanceof CommandResult.Mismatch m) {
                    throw ScriptFailure.failed(answered(m), where.get());
                }
                captures.forEach((k, v) -> ctx.evaluator().scope().bind(k, v));
                return;
            }
        }
        if (r instanceof CommandResult.Mismatch m && m.code().isEmpty()) {
            throw ScriptFailure.failed("expected " + expect.text() + ", but " + m.reason(), where.get());
        }
        throw ScriptFailure.failed("expected " + expect.text() + ", got " + Texts.lines(lines.stream()
                .map(l -> l.equals(finalLine) ? ctx.meanings().explain(l, null) : l).toList()), where.get());
    }

    private String answered(CommandResult.Mismatch m) {
        if (m.code().isEmpty()) {
            return m.reason();
        }
        return m.command() + " answered " + ctx.meanings().explain(m.finalLine(), null);
    }
}
