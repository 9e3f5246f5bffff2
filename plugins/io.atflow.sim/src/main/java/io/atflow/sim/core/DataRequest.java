package io.atflow.sim.core;

import java.time.Duration;

import io.atflow.sim.at.Outcome;

/**
 * After a prompt ({@code >}) or {@code CONNECT} the module reads data instead of commands: either until Ctrl-Z
 * (ESC cancels) or exactly {@code length} bytes. A zero timeout waits forever.
 */
public record DataRequest(Mode mode, int length, Duration timeout, Sink sink) {
    public static final byte CTRL_Z = 0x1a;
    public static final byte ESC = 0x1b;

    public enum Mode {
        UNTIL_CTRL_Z, EXACT_LENGTH
    }

    /** Receives the outcome of the data phase; each method returns the final result to print. */
    public interface Sink {
        Outcome received(byte[] data);

        default Outcome cancelled() {
            return Outcome.OK;
        }

        default Outcome timedOut() {
            return Outcome.ERROR;
        }

        default Outcome overflow() {
            return Outcome.ERROR;
        }
    }

    public static DataRequest untilCtrlZ(int maxLength, Sink sink) {
        return new DataRequest(Mode.UNTIL_CTRL_Z, maxLength, Duration.ZERO, sink);
    }

    public static DataRequest exactly(int length, Duration timeout, Sink sink) {
        return new DataRequest(Mode.EXACT_LENGTH, length, timeout, sink);
    }
}
