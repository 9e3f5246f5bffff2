package io.atflow.run.interp;

import java.time.Duration;

import io.atflow.lang.atFlow.Assign;
import io.atflow.lang.atFlow.Await;
import io.atflow.lang.atFlow.Block;
import io.atflow.lang.atFlow.Body;
import io.atflow.lang.atFlow.Delay;
import io.atflow.lang.atFlow.Fail;
import io.atflow.lang.atFlow.Handler;
import io.atflow.lang.atFlow.If;
import io.atflow.lang.atFlow.Log;
import io.atflow.lang.atFlow.Send;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.VarDecl;
import io.atflow.lang.model.Durations;

/** Runs statements and blocks: send, await, on, var, set, if/else, fail, log, delay. */
public final class Statements {
    private final RunContext ctx;
    private final Sender sender;
    private final Awaiter awaiter;
    private final Handlers handlers;

    public Statements(RunContext ctx, Handlers handlers) {
        this.ctx = ctx;
        this.awaiter = new Awaiter(ctx);
        this.sender = new Sender(ctx, awaiter);
        this.handlers = handlers;
    }

    public void run(Statement s, Frame frame) {
        DebugHook debug = ctx.debug();
        if (debug == null) {
            execute(s, frame);
            return;
        }
        debug.before(s);
        try {
            execute(s, frame);
        } catch (ScriptFailure f) {
            debug.failing(s, f);
            throw f;
        }
    }

    private void execute(Statement s, Frame frame) {
        Where where = new Where(ctx.locations(), s);
        if (ctx.isStopped()) {
            throw ctx.stopReason(where.get());
        }
        Evaluator eval = ctx.evaluator();
        switch (s) {
            case Send send -> sender.run(send, frame, where);
            case Await a -> awaiter.await(CompiledPattern.compile(a.getPattern().getText(), eval, ctx.locations(),
                    a.getPattern()), a.getTimeout() == null ? null : Durations.parse(a.getTimeout()), frame,
                    where.get());
            case Handler h -> handlers.register(h);
            case VarDecl v -> {
                if (v.getValue() != null && !eval.scope().isOverridden(v.getName())) {
                    eval.scope().bind(v.getName(), eval.eval(v.getValue()));
                }
            }
            case Assign a -> eval.scope().bind(a.getName(), eval.eval(a.getValue()));
            case If i -> {
                if (eval.condition(i.getCondition())) {
                    branch(i, i.getThen(), frame, "if ");
                } else if (i.getElse() != null) {
                    branch(i, i.getElse(), frame, "else of if ");
                }
            }
            case Fail f -> throw ScriptFailure.failed(eval.text(f.getMessage()), where.get());
            case Log l -> ctx.log(eval.text(l.getMessage()));
            case Delay d -> delay(Durations.parse(d.getDuration()), frame, where.get());
            default -> throw ScriptFailure.failed("cannot run " + Locations.text(s), where.get());
        }
    }

    private void branch(If i, Body b, Frame frame, String what) {
        DebugHook debug = ctx.debug();
        if (debug == null) {
            body(b, frame);
            return;
        }
        debug.enter(b, what + Locations.text(i.getCondition()));
        try {
            body(b, frame);
        } finally {
            debug.exit();
        }
    }

    /** The body of an {@code if}, an {@code else} or an {@code on} handler. */
    public void body(Body b, Frame frame) {
        switch (b) {
            case Block block -> block.getStatements().forEach(s -> run(s, frame));
            case Statement s -> run(s, frame);
            default -> {
            }
        }
    }

    private void delay(Duration d, Frame frame, String location) {
        boolean frameLimits = frame.cuts(d) && d.compareTo(frame.remaining()) > 0;
        ctx.sleep(frame.bound(d), location);
        if (frameLimits) {
            throw frame.timedOut("delaying " + Durations.format(d), location);
        }
    }
}
