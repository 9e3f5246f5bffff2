package io.atflow.engine.channel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.atflow.engine.transport.Transport;
import io.atflow.engine.transport.TransportException;

/**
 * The AT command channel over one open {@link Transport}: a reader thread frames and classifies everything the
 * module sends ({@link LineRouter}); {@link #execute} sends one command at a time from the caller's thread and
 * waits for its result. Concurrent callers queue (fairly); every wait is bounded by the command's timeout.
 *
 * <p>
 * Who reads: when the transport's reads are bounded ({@link Transport#readPollMillis()}, a serial port), the caller of
 * {@link #execute} reads and frames its own answer after writing the command, so no other thread has to be woken
 * for it; the reader thread reads while no command is under way, from {@link #IDLE_NANOS} after the last one (a URC
 * arriving in between waits in the port's buffer that long at most), and for a command whose caller stopped reading
 * because its deadline is nearer than one read could take. One thread at a time holds the read role; framing and
 * classification are the same whoever holds it. A transport whose reads may block without bound is read by the
 * reader thread only.
 *
 * <p>
 * When the transport fails (port unplugged, connection closed) the channel ends: the pending command completes
 * with {@link CommandResult.TransportError} at once, later commands too, and the observer gets
 * {@link ChannelObserver#closed}.
 */
public final class AtChannel implements AutoCloseable {
    private static final int READ_BUFFER = 8192;
    /**
     * How long after a command the reader thread leaves the port to callers: commands that follow each other within
     * this gap read their answers themselves.
     */
    static final long IDLE_NANOS = 5_000_000;
    /** Added to the transport's poll interval: a caller reads only while its deadline is further away than that. */
    private static final long READ_MARGIN_NANOS = 50_000_000;
    /** Bound on waiting for the end of the channel to be reported (transcript closed) before returning. */
    private static final long END_REPORT_MILLIS = 2000;

    private final Transport transport;
    private final ChannelObserver observer;
    private final Framer framer;
    private final LineRouter router;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private final ReentrantLock commandLock = new ReentrantLock(true);
    private final Object writeLock = new Object();
    private final PausableClock timeouts = new PausableClock();
    /** Held by the thread that reads and frames: the reader thread, or a caller reading its own answer. */
    private final ReentrantLock readRole = new ReentrantLock();
    private final byte[] readBuffer = new byte[READ_BUFFER];
    private final ReadSpin spin;
    /** How far a caller's deadline must be for it to read itself; -1 when the transport's reads are unbounded. */
    private final long callerReadNanos;
    /** {@link System#nanoTime()} when the last command started or ended. */
    private volatile long lastCommandNanos;
    private volatile String closedReason;
    private volatile String refusal;
    /** Set when a body-reading command ended without its final code: the reader leaves body mode. */
    private volatile boolean abandonBody;
    private volatile EchoState echo = EchoState.UNKNOWN;
    /** Set when a command ended without its final code (timeout, abort): its answer may still arrive. */
    private volatile boolean answerOutstanding;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Thread reader;

    public AtChannel(Transport transport, ChannelConfig config, ChannelObserver observer, Timebase timebase) {
        this.transport = transport;
        this.observer = observer;
        this.router = new LineRouter(this, config, observer, timebase);
        this.framer = new Framer(router, config.maxLineBytes(), config.maxPayloadBytes(), config.maxBodyBytes(),
                config.lengthFramed());
        router.framer(framer);
        int poll = transport.readPollMillis();
        this.callerReadNanos = poll < 0 ? -1 : poll * 1_000_000L + READ_MARGIN_NANOS;
        this.spin = ReadSpin.of(transport, config.pollBeforeRead());
    }

    /** A channel with the default configuration and no observer. */
    public AtChannel(Transport transport) {
        this(transport, ChannelConfig.defaults(), ChannelObserver.NONE, Timebase.now());
    }

    /** Starts the reader thread; the transport must be open. */
    public synchronized void start() {
        if (reader != null) {
            throw new IllegalStateException("the channel is already started");
        }
        reader = new Thread(this::readLoop, "atflow-reader " + transport.describe());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Sends the command and waits for its result; never throws for module or transport trouble, never waits longer
     * than the command's timeout (plus the time to write a payload).
     */
    public CommandResult execute(AtCommand command) {
        try {
            commandLock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CommandResult.Aborted(command.text(), "the calling thread was interrupted", List.of());
        }
        Pending p = null;
        try {
            String refused = refusal;
            if (refused != null) {
                return new CommandResult.Aborted(command.text(), refused, List.of());
            }
            String closed = closedReason;
            if (closed != null) {
                awaitEndReported();
                return new CommandResult.TransportError(command.text(), closed, List.of());
            }
            p = new Pending(command, Thread.currentThread(), answerOutstanding && echo == EchoState.ON);
            p.callerReads = callerReadNanos >= 0 && command.timeout().toNanos() > callerReadNanos;
            lastCommandNanos = System.nanoTime();
            observer.commandStarted(command);
            pending.set(p);
            CommandResult r;
            if (refusal != null) {
                finish(p, p.abort(refusal));
                r = p.result();
            } else if (send(command.wire())) {
                r = awaitResult(p);
            } else {
                finish(p, p.fail(String.valueOf(closedReason)));
                r = p.result();
            }
            if (r instanceof CommandResult.TransportError) {
                awaitEndReported();
            }
            return r;
        } finally {
            if (p != null) {
                pending.compareAndSet(p, null);
                lastCommandNanos = System.nanoTime();
            }
            commandLock.unlock();
        }
    }

    /**
     * The clock of command timeouts: while it is paused (a debugged run is suspended), a pending command does not time
     * out, and after it resumes the command has the time it had left.
     */
    public PausableClock timeouts() {
        return timeouts;
    }

    /** How long the pending command may still wait for its result (on {@link #timeouts()}), or empty when none waits. */
    public Optional<Duration> pendingTimeLeft() {
        Pending p = pending.get();
        long d = p == null ? 0 : p.deadline;
        return d == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(0, d - timeouts.now())));
    }

    /** Ends the pending command (if any) with {@link CommandResult.Aborted}; the channel stays usable. */
    public void abortPending(String reason) {
        Pending p = pending.get();
        if (p != null) {
            finish(p, p.abort(reason));
        }
    }

    /**
     * Ends the pending command with {@link CommandResult.Aborted} and refuses every later one (also callers already
     * queued for the channel) with the same reason; the transport stays open until {@link #close()}.
     */
    public void abortAll(String reason) {
        refusal = reason;
        abortPending(reason);
    }

    /** Whether the module echoed the last completed command. */
    public EchoState echo() {
        return echo;
    }

    public boolean isOpen() {
        return closedReason == null;
    }

    /** Why the channel ended, or null while it is open. */
    public String closedReason() {
        return closedReason;
    }

    public Transport transport() {
        return transport;
    }

    /** Closes the transport; the pending command ends with {@link CommandResult.Aborted}. Idempotent. */
    @Override
    public void close() {
        end("the session was closed", false);
    }

    Pending pendingCommand() {
        return pending.get();
    }

    /** Called by whoever completed {@code p} ({@code won}): reports the result once and frees the channel. */
    void finish(Pending p, boolean won) {
        if (!won) {
            return;
        }
        pending.compareAndSet(p, null);
        lastCommandNanos = System.nanoTime();
        CommandResult r = p.result();
        if (r instanceof CommandResult.Success || r instanceof CommandResult.Mismatch) {
            echo = p.echoSeen() ? EchoState.ON : EchoState.OFF;
            answerOutstanding = false;
        } else {
            answerOutstanding = true;
            if (p.command.readsBody()) {
                abandonBody = true;
            }
        }
        try {
            observer.result(p.command, r);
        } finally {
            p.released();
        }
    }

    private CommandResult awaitResult(Pending p) {
        long timeout = p.command.timeout().toNanos();
        long deadline = timeouts.now() + timeout;
        p.deadline = deadline;
        while (true) {
            if (p.isReleased()) {
                CommandResult r = p.result();
                cancelPromptIfNeeded(p, r);
                return r;
            }
            if (p.phase == Pending.PAYLOAD_WANTED) {
                Payload payload = p.command.payloadOrNull();
                p.payloadSending(payload.data());
                send(payload.wireBytes());
                continue;
            }
            long remaining = deadline - timeouts.now();
            if (closedReason != null) {
                finish(p, p.fail(closedReason));
            } else if (remaining <= 0) {
                finish(p, p.timeout(p.command.timeout()));
            } else if (Thread.currentThread().isInterrupted()) {
                finish(p, p.abort("the calling thread was interrupted"));
            } else if (!readOwnAnswer(p, remaining)) {
                LockSupport.parkNanos(this, remaining);
            }
        }
    }

    /**
     * Reads once for the caller's own answer when it may (see the class comment); false when it did not read. Near
     * the deadline it hands reading to the reader thread, so a read cannot outlast the timeout.
     */
    private boolean readOwnAnswer(Pending p, long remaining) {
        if (!p.callerReads || p.isDone()) {
            return false;
        }
        if (remaining <= callerReadNanos) {
            p.callerReads = false;
            LockSupport.unpark(reader);
            return false;
        }
        if (!readRole.tryLock()) {
            return false;
        }
        try {
            if (closedReason == null && !p.isDone()) {
                spin.beforeRead();
                spin.afterRead(readOnce());
            }
        } finally {
            readRole.unlock();
        }
        return true;
    }

    /**
     * A prompt command that timed out or was aborted before its payload was sent is cancelled with ESC, so a module
     * showing (or about to show) {@code >} does not take the next command line as payload. (A module that answered,
     * e.g. {@code ERROR}, is not in its prompt: nothing is sent.)
     */
    private void cancelPromptIfNeeded(Pending p, CommandResult r) {
        Payload payload = p.command.payloadOrNull();
        if (p.phase != Pending.PAYLOAD_SENT && payload != null && payload.afterPrompt() && isOpen()
                && (r instanceof CommandResult.Timeout || r instanceof CommandResult.Aborted)) {
            send(new byte[] { Payload.ESC });
        }
    }

    private boolean send(byte[] bytes) {
        try {
            synchronized (writeLock) {
                observer.bytesSent(System.nanoTime(), bytes, 0, bytes.length);
                transport.write(bytes, 0, bytes.length);
            }
            return true;
        } catch (TransportException e) {
            end(e.getMessage(), true);
            return false;
        }
    }

    private void readLoop() {
        while (closedReason == null) {
            long wait = readerWait();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            if (!readRole.tryLock()) {
                LockSupport.parkNanos(this, IDLE_NANOS);
                continue;
            }
            try {
                if (closedReason == null) {
                    readOnce();
                }
            } finally {
                readRole.unlock();
            }
            Pending p = pending.get();
            if (p != null && p.callerReads) {
                LockSupport.unpark(p.caller);
            }
        }
    }

    /** How long the reader thread leaves reading to callers now; 0 when it reads. */
    private long readerWait() {
        if (callerReadNanos < 0) {
            return 0;
        }
        Pending p = pending.get();
        if (p != null && !p.isDone()) {
            return p.callerReads ? IDLE_NANOS : 0;
        }
        long since = System.nanoTime() - lastCommandNanos;
        return since < IDLE_NANOS ? IDLE_NANOS - since : 0;
    }

    /**
     * One read, framed and classified; the calling thread holds {@link #readRole}. Failures end the channel.
     *
     * @return the bytes read, or -1 when the channel ended
     */
    private int readOnce() {
        try {
            int n = transport.read(readBuffer, 0, readBuffer.length);
            if (n < 0) {
                end(transport.describe() + " closed the connection", true);
                return -1;
            }
            if (n > 0) {
                if (abandonBody) {
                    abandonBody = false;
                    framer.leaveBody();
                }
                long now = System.nanoTime();
                router.nanos = now;
                observer.bytesReceived(now, readBuffer, 0, n);
                framer.feed(readBuffer, 0, n);
                observer.bytesHandled();
            }
            return n;
        } catch (TransportException e) {
            end(e.getMessage(), true);
        } catch (RuntimeException | Error e) {
            end("the channel's reader failed: " + e, true);
        }
        return -1;
    }

    private void end(String reason, boolean failed) {
        synchronized (this) {
            if (closedReason != null) {
                return;
            }
            closedReason = reason;
        }
        Pending p = pending.get();
        if (p != null) {
            finish(p, failed ? p.fail(reason) : p.abort(reason));
        }
        transport.close();
        Thread r = reader;
        if (r != null) {
            LockSupport.unpark(r);
        }
        try {
            observer.closed(reason, failed);
        } finally {
            ended.countDown();
        }
    }

    /** After a transport error: lets the end be reported (transcript completed) before the caller sees it. */
    private void awaitEndReported() {
        try {
            ended.await(END_REPORT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
