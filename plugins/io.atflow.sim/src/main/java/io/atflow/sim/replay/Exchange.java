package io.atflow.sim.replay;

import java.util.List;

/**
 * One command of a log and everything the module said until the next command: {@code expected} starts with the
 * command's echo (logs of modules with ATE1 show it), then responses, data lines and URCs, blank lines left out.
 * {@code sent} is what the host typed: the command line, then any payload it sent after a prompt or CONNECT.
 */
public record Exchange(LogLine command, List<LogLine> expected) {

    public Exchange {
        expected = List.copyOf(expected);
    }
}
