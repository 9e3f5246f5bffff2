package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The state of the one pending command, shared by the caller (who writes and waits) and the reader (who
 * classifies lines and completes it). The first completion wins; its completer reports the result and then
 * {@linkplain #released() releases} the caller, so observers see the result before the caller moves on.
 */
final class Pending {
    /** Waiting for response lines and the final result code. */
    static final int RESPONDING = 0;
    /** The reader saw {@code >} or {@code CONNECT}: the caller must write the payload. */
    static final int PAYLOAD_WANTED = 1;
    /** The caller is writing or has written the payload. */
    static final int PAYLOAD_SENT = 2;

    final AtCommand command;
    final Thread caller;
    final String echo;
    /**
     * Set when the previous command ended without its final code while the module echoed: until this command's
     * echo arrives, what the module sends is the earlier command's late answer.
     */
    private final boolean lateGuard;
    volatile int phase = RESPONDING;
    /** Whether the caller reads its own answer (else the channel's reader thread reads for it). */
    volatile boolean callerReads;
    /** When the command times out on the channel's timeouts clock (set when its wait begins); 0 before. */
    volatile long deadline;
    /** Set once the result has been reported to the observer; only then does the caller return it. */
    private volatile boolean reported;
    private final List<String> lines = new ArrayList<>(4);
    /** The prompt payload's lines not yet echoed back (each is taken once, in any order). */
    private List<String> payloadEcho = new ArrayList<>(0);
    private boolean echoSeen;
    private byte[] body;
    private CommandResult result;

    Pending(AtCommand command, Thread caller, boolean lateGuard) {
        this.command = command;
        this.caller = caller;
        this.echo = command.text().strip();
        this.lateGuard = lateGuard;
    }

    /** Whether a line now cannot be this command's answer: the echo is expected first and has not arrived. */
    synchronized boolean beforeEcho() {
        return lateGuard && !echoSeen;
    }

    boolean expectsPrompt() {
        Payload p = command.payloadOrNull();
        return p != null && p.afterPrompt() && phase == RESPONDING;
    }

    boolean expectsConnectPayload() {
        Payload p = command.payloadOrNull();
        return p != null && !p.afterPrompt() && phase == RESPONDING;
    }

    void payloadWanted() {
        phase = PAYLOAD_WANTED;
        LockSupport.unpark(caller);
    }

    /** Called by the caller before writing the payload: its lines echoed back are recognised as echo. */
    synchronized void payloadSending(byte[] data) {
        phase = PAYLOAD_SENT;
        payloadEcho = new ArrayList<>(new String(data, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }

    /**
     * True when {@code line} is the module echoing what was sent: the command line (once), or a line of the prompt
     * payload (once per line sent, so a payload line {@code SEND OK} does not swallow the real result).
     */
    synchronized boolean isEcho(String line) {
        if (!echoSeen && line.equals(echo)) {
            echoSeen = true;
            return true;
        }
        return payloadEcho.remove(line);
    }

    /** Whether a line that starts with {@code head} may still be an echo of the command line or the payload. */
    synchronized boolean mayBeEcho(String head) {
        return (!echoSeen && echo.startsWith(head)) || payloadEcho.stream().anyMatch(l -> l.startsWith(head));
    }

    synchronized boolean echoSeen() {
        return echoSeen;
    }

    synchronized void addLine(String line) {
        lines.add(line);
    }

    synchronized void body(byte[] b) {
        body = b;
    }

    synchronized boolean isDone() {
        return result != null;
    }

    synchronized CommandResult result() {
        return result;
    }

    synchronized boolean succeed(String finalLine) {
        return complete(new CommandResult.Success(command.text(), finalLine, lines, body));
    }

    synchronized boolean mismatch(String finalLine, String reason) {
        return complete(new CommandResult.Mismatch(command.text(), finalLine, lines, reason));
    }

    synchronized boolean timeout(Duration after) {
        return complete(new CommandResult.Timeout(command.text(), after, lines));
    }

    synchronized boolean abort(String reason) {
        return complete(new CommandResult.Aborted(command.text(), reason, lines));
    }

    synchronized boolean fail(String message) {
        return complete(new CommandResult.TransportError(command.text(), message, lines));
    }

    private boolean complete(CommandResult r) {
        if (result != null) {
            return false;
        }
        result = r;
        return true;
    }

    /** Called by the completer after reporting the result: lets the caller return it. */
    void released() {
        reported = true;
        LockSupport.unpark(caller);
    }

    boolean isReleased() {
        return reported;
    }
}
