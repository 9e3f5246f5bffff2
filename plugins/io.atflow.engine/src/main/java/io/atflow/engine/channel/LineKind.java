package io.atflow.engine.channel;

/** How the channel classified a received line (for colouring consoles and for tests). */
public enum LineKind {
    /** The module echoing the pending command or its prompt payload (ATE1). */
    ECHO,
    /** An intermediate response line of the pending command. */
    RESPONSE,
    /** {@code CONNECT}: the pending command entered its data mode. */
    CONNECT,
    /** The final result code that ended the pending command. */
    FINAL,
    /** The {@code >} prompt. */
    PROMPT,
    /** An unsolicited line, published on the URC bus. */
    URC,
    /** Binary noise: a line with control characters or invalid UTF-8 (only in the transcript and listeners). */
    NOISE,
    /** The head of a line that exceeded the line limit and was cut. */
    OVERLONG,
    /** The body received after {@code CONNECT} (as one text). */
    BODY
}
