package io.atflow.engine.session;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.ChannelObserver;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.channel.Timebase;
import io.atflow.engine.transcript.SecretMasker;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptFormat;
import io.atflow.engine.transcript.TranscriptWriter;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcBus;

/**
 * Fans channel events out: the transcript synchronously (so it is complete when the session ends; the entries of
 * received bytes are written with what they meant, a command's result or a URC, in one write), the URC bus,
 * and listeners through the dispatcher (masked there, off the reader thread).
 */
final class SessionObserver implements ChannelObserver {
    private final Timebase timebase;
    private final SecretMasker masker;
    private final TranscriptWriter transcript;
    private final UrcBus bus;
    private final ListenerDispatcher events;
    private final Runnable onClosed;

    SessionObserver(Timebase timebase, SecretMasker masker, TranscriptWriter transcript, UrcBus bus,
            ListenerDispatcher events, Runnable onClosed) {
        this.timebase = timebase;
        this.masker = masker;
        this.transcript = transcript;
        this.bus = bus;
        this.events = events;
        this.onClosed = onClosed;
    }

    @Override
    public void commandStarted(AtCommand command) {
        bus.discardNamed(command.delayed());
    }

    @Override
    public void bytesSent(long nanos, byte[] data, int offset, int length) {
        if (transcript != null) {
            transcript.tx(nanos, data, offset, length);
        }
        if (!events.isEmpty()) {
            int shown = length > 0 && data[offset + length - 1] == '\r' ? length - 1 : length;
            byte[] copy = java.util.Arrays.copyOfRange(data, offset, offset + shown);
            events.postLazily(l -> l.sent(timebase.instant(nanos),
                    TranscriptFormat.escape(masker.mask(copy, 0, copy.length))));
        }
    }

    @Override
    public void bytesReceived(long nanos, byte[] data, int offset, int length) {
        if (transcript != null) {
            transcript.rxHeld(nanos, data, offset, length);
        }
    }

    @Override
    public void bytesHandled() {
        if (transcript != null) {
            transcript.endOfRead();
        }
    }

    @Override
    public void line(long nanos, LineKind kind, String text) {
        if (!events.isEmpty()) {
            events.postLazily(l -> l.received(timebase.instant(nanos), kind, masker.mask(text)));
        }
    }

    @Override
    public void urc(Urc urc) {
        if (transcript != null) {
            transcript.note(System.nanoTime(), TranscriptEntry.Kind.URC, urc.line());
        }
        // listeners first: an await woken by the bus may close the session, and "closed" must come after this URC
        events.post(l -> l.urc(urc.masked(masker::mask)));
        bus.publish(urc);
    }

    @Override
    public void result(AtCommand command, CommandResult result) {
        long now = System.nanoTime();
        if (transcript != null) {
            transcript.note(now, TranscriptEntry.Kind.RES, result.describe());
        }
        if (!events.isEmpty()) {
            events.postLazily(l -> l.result(timebase.instant(now), result.masked(masker::mask)));
        }
    }

    @Override
    public void closed(String reason, boolean failed) {
        long now = System.nanoTime();
        if (transcript != null) {
            transcript.note(now, TranscriptEntry.Kind.NOTE, "closed: " + reason);
            transcript.close();
        }
        bus.close(reason);
        onClosed.run();
        events.post(l -> l.closed(timebase.instant(now), masker.mask(reason)));
        events.stop();
    }
}
