package io.atflow.run.debug;

import java.util.List;

/**
 * A suspended run: why, what happened in one masked sentence (for a failure: the failure's message and file:line;
 * for a URC: the line and the catalog's meaning), and the frames, innermost first.
 */
public record Suspension(StopReason reason, String description, List<DebugFrame> frames) {
    public Suspension {
        frames = List.copyOf(frames);
    }
}
