package io.atflow.engine.session;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import io.atflow.engine.channel.AtChannel;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.Timebase;
import io.atflow.engine.transcript.CredentialFields;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptWriter;
import io.atflow.engine.transport.Transport;
import io.atflow.engine.urc.AwaitResult;
import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcBus;
import io.atflow.engine.urc.UrcFilter;

/**
 * One run against one module: owns the transport, the {@link AtChannel}, the {@link UrcBus} and the transcript.
 * The façade for the interpreter ({@link #execute}, {@link #await}, {@link #subscribe}) and for UIs
 * ({@link #addListener}).
 *
 * <p>
 * Ending: {@link #abort()} (the user pressed Terminate) ends the pending command and awaits with {@code Aborted}
 * and makes later ones return {@code Aborted} at once. A vanished port ends the session: the pending command and
 * awaits end with a transport error immediately, the transcript is completed and closed, listeners get
 * {@code closed(reason)}. {@link #close()} ends it on purpose. Nothing here waits without a bound.
 */
public final class Session implements AutoCloseable {
    /** Why commands and awaits fail after {@link #abort()}. */
    public static final String ABORTED = "the run was aborted";

    private final Transport transport;
    private final SecretMasker masker;
    private final TranscriptWriter transcript;
    private final UrcBus bus;
    private final ListenerDispatcher events = new ListenerDispatcher();
    private final AtChannel channel;
    private volatile String abortReason;
    private volatile boolean closed;

    private Session(Transport transport, SessionConfig config, Timebase timebase, TranscriptWriter transcript,
            SecretMasker masker) {
        this.transport = transport;
        this.masker = masker;
        this.transcript = transcript;
        this.bus = new UrcBus(this::handlerFailed);
        SessionObserver observer = new SessionObserver(timebase, masker, transcript, bus, events,
                () -> closed = true);
        this.channel = new AtChannel(transport, config.channel(), observer, timebase);
    }

    /**
     * Opens the transport, creates the transcript and starts reading.
     *
     * @throws IOException a {@link io.atflow.engine.transport.TransportException} when the port cannot be opened, or
     *                     an IOException naming the transcript file when it cannot be created
     */
    public static Session open(Transport transport, SessionConfig config) throws IOException {
        transport.open();
        Timebase timebase = Timebase.now();
        SecretMasker masker = new SecretMasker(config.secrets(), CredentialFields.of(config.credentialKeys()));
        TranscriptWriter transcript = null;
        if (config.transcript() != null) {
            try {
                transcript = TranscriptWriter.create(config.transcript(), transport.describe(), timebase, masker);
            } catch (IOException e) {
                transport.close();
                throw new IOException("cannot write the transcript " + config.transcript() + ": " + e.getMessage(), e);
            }
        }
        Session s = new Session(transport, config, timebase, transcript, masker);
        s.channel.start();
        return s;
    }

    /** Sends a command and waits for its result (see {@link AtChannel#execute}). */
    public CommandResult execute(AtCommand command) {
        return channel.execute(command);
    }

    /** Waits for a URC, taking a matching one that arrived earlier first (see {@link UrcBus}). */
    public AwaitResult await(UrcFilter filter, Duration timeout) {
        return bus.await(filter, timeout);
    }

    /** Runs {@code handler} (on the bus thread, in arrival order) for every matching URC from now on. */
    public Subscription subscribe(UrcFilter filter, Consumer<Urc> handler) {
        return bus.subscribe(filter, handler);
    }

    public void addListener(SessionListener listener) {
        events.add(listener);
    }

    public void removeListener(SessionListener listener) {
        events.remove(listener);
    }

    /** Masks {@code secret} from now on (e.g. a device secret just returned by dynamic registration). */
    public void addSecret(String secret) {
        masker.add(secret);
    }

    /**
     * Who hears of secrets learned from credential fields the module sent or was sent (they are masked from then on
     * already); called on the thread that saw them.
     */
    public void onSecretLearned(Consumer<String> listener) {
        masker.onLearned(listener);
    }

    /** {@code text} with every secret replaced by {@code ****}. */
    public String mask(String text) {
        return masker.mask(text);
    }

    /** Ends the pending command and awaits with {@code Aborted}; later ones are aborted at once. */
    public void abort() {
        if (abortReason != null || closed) {
            return;
        }
        abortReason = ABORTED;
        if (transcript != null) {
            transcript.note(System.nanoTime(), TranscriptEntry.Kind.NOTE, "aborted");
        }
        bus.abort(ABORTED);
        channel.abortAll(ABORTED);
    }

    /**
     * Ends the pending command and the awaits waiting now with {@code Aborted(reason)}, e.g. when a step's timeout
     * expires; unlike {@link #abort()} the session stays usable.
     */
    public void cancel(String reason) {
        if (transcript != null) {
            transcript.note(System.nanoTime(), TranscriptEntry.Kind.NOTE, "cancelled: " + reason);
        }
        bus.abortAwaits(reason);
        channel.abortPending(reason);
    }

    /** Closes the port and the transcript; idempotent. */
    @Override
    public void close() {
        channel.close();
    }

    public boolean isOpen() {
        return !closed;
    }

    /** Why the session ended, or null while it is open. */
    public String closedReason() {
        return channel.closedReason();
    }

    /** The transport's description, e.g. {@code serial /dev/ttyUSB2 115200 8N1}. */
    public String describe() {
        return transport.describe();
    }

    public AtChannel channel() {
        return channel;
    }

    public UrcBus urcs() {
        return bus;
    }

    private void handlerFailed(Throwable t) {
        if (transcript != null) {
            transcript.note(System.nanoTime(), TranscriptEntry.Kind.NOTE, "URC handler failed: " + t);
        }
    }
}
