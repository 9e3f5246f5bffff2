package io.atflow.engine.channel;

import io.atflow.engine.urc.Urc;

/**
 * What happens on a channel, reported synchronously: {@link #bytesSent} and {@link #commandStarted} on the
 * caller's thread, everything received on the reader thread. Implementations must be quick and must not block
 * (the session writes the transcript here and hands everything else to other threads). Texts are unmasked.
 */
public interface ChannelObserver {
    ChannelObserver NONE = new ChannelObserver() {
    };

    /** Just before the command is written. */
    default void commandStarted(AtCommand command) {
    }

    default void bytesSent(long nanos, byte[] data, int offset, int length) {
    }

    default void bytesReceived(long nanos, byte[] data, int offset, int length) {
    }

    /** The bytes of the last {@link #bytesReceived} were framed and classified: their lines, URCs and results reported. */
    default void bytesHandled() {
    }

    default void line(long nanos, LineKind kind, String text) {
    }

    default void urc(Urc urc) {
    }

    default void result(AtCommand command, CommandResult result) {
    }

    /**
     * The channel ended.
     *
     * @param failed true when the transport failed or the module went away, false when it was closed on purpose
     */
    default void closed(String reason, boolean failed) {
    }
}
