package io.atflow.sim.mqtt;

/** How a module reports the outcome of {@code AT+QMTOPEN}; the models differ when the link cannot be opened. */
public enum OpenReport {
    /** {@code OK} at once; the outcome follows as the URC {@code +QMTOPEN: <idx>,<result>} (EC2x, BG96). */
    URC_AFTER_OK,
    /**
     * The final result waits for the outcome: {@code OK} then {@code +QMTOPEN: <idx>,0} when the link is up;
     * {@code +QMTOPEN: <idx>,<result>} then {@code ERROR}, without {@code OK}, when it is not (BG95, BG77).
     */
    RESULT_BEFORE_ERROR
}
