package io.atflow.run.debug;

import java.util.List;

/**
 * A suspended run: why, what happened in one masked sentence (for a failure: the failure's message and file:line;
 * for a URC: the line, the catalog's meaning and the pattern it matched), the frames, innermost first, and for a
 * {@link StopReason#URC} stop the "suspend on URC" pattern that matched (as it was set), else null.
 */
public record Suspension(StopReason reason, String description, List<DebugFrame> frames, String urcPattern) {
    public Suspension {
        frames = List.copyOf(frames);
    }

    /** A suspension that is not a URC's. */
    public Suspension(StopReason reason, String description, List<DebugFrame> frames) {
        this(reason, description, frames, null);
    }
}
