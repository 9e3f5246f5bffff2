package io.atflow.launch.console;

import io.atflow.run.RunEventText;

/** What a console line shows; each kind has its own colour in the console. The kinds of {@link RunEventText}. */
public enum LineKind {
    /** Bytes sent to the module: {@code > AT+CSQ}. */
    TX,
    /** A line received as a response: {@code < +CSQ: 23,99}. */
    RX,
    /** An unsolicited result code: {@code * +QMTSTAT: 0,1  (connection closed or reset by peer)}. */
    URC,
    /** A step starting, a handler firing, a log message or other information. */
    INFO,
    /** A step or command that succeeded. */
    PASS,
    /** A step or command that failed. */
    FAIL,
    /** The final verdict line when the run passed. */
    VERDICT_PASS,
    /** The final verdict line when the run failed, was aborted or could not start. */
    VERDICT_FAIL;

    /** The marker in front of the text ({@code > }, {@code < }, {@code * } or nothing). */
    public String marker() {
        return RunEventText.Kind.valueOf(name()).marker();
    }
}
