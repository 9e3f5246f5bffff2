package io.atflow.sim.replay;

import java.util.List;

/**
 * A module log cut into {@link Exchange}s. {@code preamble} holds lines before the first command (boot URCs),
 * which a replay cannot provoke and reports as skipped.
 */
public record ModuleLog(String source, List<LogLine> preamble, List<Exchange> exchanges) {

    public ModuleLog {
        preamble = List.copyOf(preamble);
        exchanges = List.copyOf(exchanges);
    }
}
