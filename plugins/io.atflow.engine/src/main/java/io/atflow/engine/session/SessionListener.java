package io.atflow.engine.session;

import java.time.Instant;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.urc.Urc;

/**
 * Events of a session for consoles, URC views and the CLI. All texts are already masked. Events are delivered in
 * order on the session's event thread ({@code atflow-events}), never on the reader; a slow listener delays only
 * other listeners. Exceptions thrown by a listener are ignored.
 */
public interface SessionListener {
    /** Bytes written to the module, escaped ({@code \x1a} for Ctrl-Z), without the command's final CR. */
    default void sent(Instant time, String text) {
    }

    /** A line received, with how the channel classified it (URCs too, see also {@link #urc}). */
    default void received(Instant time, LineKind kind, String line) {
    }

    default void urc(Urc urc) {
    }

    default void result(Instant time, CommandResult result) {
    }

    /** The session ended; {@code reason} is one sentence, e.g. {@code serial port /dev/ttyUSB2 stopped working ...}. */
    default void closed(Instant time, String reason) {
    }
}
