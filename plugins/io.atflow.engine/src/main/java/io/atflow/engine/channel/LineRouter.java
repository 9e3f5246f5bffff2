package io.atflow.engine.channel;

import io.atflow.engine.at.AtLexer;
import io.atflow.engine.urc.Urc;

/**
 * Classifies what the framer recognises, against the pending command (by the thread holding the channel's read role).
 *
 * <ol>
 * <li>Noise lines (control characters, invalid UTF-8) are reported and otherwise ignored.</li>
 * <li>While a command is pending: its echo (same text) is {@link LineKind#ECHO}; a {@code +NAME:} line whose name the
 * command produces is a response, even if the name is also a known URC.</li>
 * <li>After a command that ended without its final code, on a module that echoes: until the pending command's echo
 * arrives, lines (also final result codes) are the earlier command's late answer and go to the URC bus.</li>
 * <li>An ending line ({@code RDY}, {@code POWERED DOWN}) is a URC and ends the pending command as a mismatch.</li>
 * <li>Without a pending command, configured unsolicited lines and other {@code +NAME:} lines are URCs.</li>
 * <li>A final result code ends the pending command; {@code CONNECT} starts its data mode if it has one.
 * {@code SEND OK} / {@code SEND FAIL} end only a command that sends data ({@link AtCommand#answersSendResult()});
 * otherwise they are the late answer of an earlier send and go to the URC bus. While such a command is pending they
 * end their line without a line end (unless they may still be its echo), so {@code SEND OKAT+QIRD=0,0} is the result
 * and the next command's echo.</li>
 * <li>Any other line is an intermediate response ({@code ATI}, {@code AT+CGSN}).</li>
 * </ol>
 */
final class LineRouter implements Framer.Sink {
    private final AtChannel channel;
    private final ChannelConfig config;
    private final ChannelObserver observer;
    private final Timebase timebase;
    private Framer framer;
    /** The arrival time of the chunk being framed. */
    long nanos;

    LineRouter(AtChannel channel, ChannelConfig config, ChannelObserver observer, Timebase timebase) {
        this.channel = channel;
        this.config = config;
        this.observer = observer;
        this.timebase = timebase;
    }

    void framer(Framer f) {
        this.framer = f;
    }

    @Override
    public boolean promptExpected() {
        Pending p = live();
        return p != null && p.expectsPrompt();
    }

    @Override
    public void prompt() {
        observer.line(nanos, LineKind.PROMPT, ">");
        Pending p = live();
        if (p != null) {
            p.payloadWanted();
        }
    }

    @Override
    public boolean mayContinue(String head) {
        Pending p = live();
        return p == null || !p.command.answersSendResult() || p.mayBeEcho(head);
    }

    @Override
    public void line(String raw, boolean noise, byte[] payload) {
        if (noise) {
            observer.line(nanos, LineKind.NOISE, raw);
            return;
        }
        String s = payload == null ? raw.strip() : raw;
        if (s.isEmpty()) {
            return;
        }
        Pending p = live();
        String name = responseName(s);
        if (p != null) {
            if (p.isEcho(s)) {
                observer.line(nanos, LineKind.ECHO, s);
                return;
            }
            if (p.beforeEcho() && !config.endings().containsKey(s)) {
                urc(s, payload);
                return;
            }
            if (name != null && p.command.producesImmediately(name)) {
                response(p, s);
                return;
            }
        }
        String ending = config.endings().get(s);
        if (ending != null) {
            urc(s, payload);
            if (p != null) {
                channel.finish(p, p.mismatch(s, ending + " while " + p.command.text() + " was pending"));
            }
            return;
        }
        if (p == null || config.isUnsolicited(s, name)) {
            urc(s, payload);
            return;
        }
        FinalResultCode code = FinalResultCode.parseOrNull(s);
        if (code != null && code.isSendResult() && !p.command.answersSendResult()) {
            urc(s, payload);
        } else if (code != null) {
            finalCode(p, s, code);
        } else if (name != null) {
            urc(s, payload);
        } else {
            response(p, s);
        }
    }

    private void finalCode(Pending p, String s, FinalResultCode code) {
        if (code.kind() == FinalResultCode.Kind.CONNECT) {
            if (p.command.readsBody()) {
                p.addLine(s);
                observer.line(nanos, LineKind.CONNECT, s);
                framer.enterBody();
                return;
            }
            if (p.expectsConnectPayload()) {
                p.addLine(s);
                observer.line(nanos, LineKind.CONNECT, s);
                p.payloadWanted();
                return;
            }
        }
        observer.line(nanos, LineKind.FINAL, s);
        boolean won = code.isSuccess() ? p.succeed(s) : p.mismatch(s, p.command.text() + " answered " + s);
        channel.finish(p, won);
    }

    private void response(Pending p, String s) {
        p.addLine(s);
        observer.line(nanos, LineKind.RESPONSE, s);
    }

    private void urc(String s, byte[] payload) {
        observer.line(nanos, LineKind.URC, s);
        observer.urc(new Urc(timebase.instant(nanos), s, payload));
    }

    @Override
    public void overlong(String head, int limit) {
        observer.line(nanos, LineKind.OVERLONG, head + "... (line longer than " + limit + " bytes; cut)");
    }

    @Override
    public void body(byte[] body, boolean truncated) {
        Pending p = live();
        if (p != null) {
            p.body(body);
        }
        observer.line(nanos, LineKind.BODY, new String(body, java.nio.charset.StandardCharsets.UTF_8)
                + (truncated ? "... (body longer than " + config.maxBodyBytes() + " bytes; cut)" : ""));
    }

    private Pending live() {
        Pending p = channel.pendingCommand();
        return p == null || p.isDone() ? null : p;
    }

    /** The upper-case name of a {@code +NAME: ...} line, or null for other lines ({@code +CME ERROR: 10}, words). */
    private static String responseName(String line) {
        String name = AtLexer.lineName(line);
        return name != null && name.length() > 1 && name.indexOf(' ') < 0 ? name.toUpperCase(java.util.Locale.ROOT)
                : null;
    }
}
