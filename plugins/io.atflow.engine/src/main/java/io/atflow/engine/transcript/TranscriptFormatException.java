package io.atflow.engine.transcript;

import java.io.IOException;

/** A transcript file is malformed; the message names {@code file:line} and what is wrong. */
public class TranscriptFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public TranscriptFormatException(String message) {
        super(message);
    }
}
