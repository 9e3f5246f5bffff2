package io.atflow.sim.core;

import java.time.Duration;

import io.atflow.sim.at.Outcome;

/**
 * After a prompt ({@code >}) or {@code CONNECT} the module reads data instead of commands: either until Ctrl-Z
 * (ESC cancels) or exactly {@code length} bytes. A zero timeout waits forever. {@code echoed}: the data is echoed
 * like commands while echo is on (AT+QISDE=0 switches that off for AT+QISEND).
 */
public record DataRequest(Mode mode, int length, Duration timeout, Sink sink, boolean echoed) {
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
        return new DataRequest(Mode.UNTIL_CTRL_Z, maxLength, Duration.ZERO, sink, true);
    }

    public static DataRequest exactly(int length, Duration timeout, Sink sink) {
        return new DataRequest(Mode.EXACT_LENGTH, length, timeout, sink, true);
    }

    /** The same request with the data not echoed. */
    public DataRequest withoutEcho() {
        return new DataRequest(mode, length, timeout, sink, false);
    }
}
