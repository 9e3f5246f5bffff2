package io.atflow.run.recording;

import io.atflow.engine.channel.CommandResult;
import io.atflow.lang.catalog.DataMode;

/** One thing that happened in an AT console session, in order: a command with its result, or a URC. */
public sealed interface Recorded {

    /**
     * @param text    the command as sent
     * @param data    its data mode
     * @param payload the data written after {@code >}/{@code CONNECT}, or null
     * @param result  the result (masked)
     */
    record Command(String text, DataMode data, String payload, CommandResult result) implements Recorded {
    }

    /** A URC (masked line). */
    record Unsolicited(String line) implements Recorded {
    }
}
