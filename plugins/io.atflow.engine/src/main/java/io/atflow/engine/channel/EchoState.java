package io.atflow.engine.channel;

/** Whether the module echoes commands, as last observed (detected from the data, never assumed). */
public enum EchoState {
    /** No command completed yet. */
    UNKNOWN,
    /** The last completed command was echoed. */
    ON,
    /** The last completed command ended without an echo. */
    OFF
}
