package io.atflow.sim.replay;

import java.util.List;

/**
 * A module log cut into {@link Exchange}s. {@code preamble} holds lines before the first command (boot URCs),
 * which a replay cannot provoke and reports as skipped; {@code setup} is what the log's header declares.
 */
public record ModuleLog(String source, List<LogLine> preamble, List<Exchange> exchanges, ReplaySetup setup) {

    public ModuleLog {
        preamble = List.copyOf(preamble);
        exchanges = List.copyOf(exchanges);
    }

    public ModuleLog(String source, List<LogLine> preamble, List<Exchange> exchanges) {
        this(source, preamble, exchanges, ReplaySetup.NONE);
    }

    public ModuleLog withSetup(ReplaySetup value) {
        return new ModuleLog(source, preamble, exchanges, value);
    }
}
