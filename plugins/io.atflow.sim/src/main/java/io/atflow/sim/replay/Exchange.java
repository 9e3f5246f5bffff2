package io.atflow.sim.replay;

import java.util.List;

/**
 * One command of a log and everything the module said until the next command: {@code expected} starts with the
 * command's echo (logs of modules with ATE1 show it), then responses, data lines and URCs, blank lines left out.
 * {@code payloads} are the data the host sent after a prompt or CONNECT when the log records them (ATFlow
 * transcripts do); when empty, a replay takes the payload from the echoed data lines.
 */
public record Exchange(LogLine command, List<LogLine> expected, List<String> payloads) {

    public Exchange {
        expected = List.copyOf(expected);
        payloads = List.copyOf(payloads);
    }

    public Exchange(LogLine command, List<LogLine> expected) {
        this(command, expected, List.of());
    }
}
