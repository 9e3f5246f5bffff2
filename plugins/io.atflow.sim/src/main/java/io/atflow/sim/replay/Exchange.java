package io.atflow.sim.replay;

import java.util.List;

/**
 * One command of a log and everything the module said until the next command: {@code expected} starts with the
 * command's echo when the log shows it ({@code echoShown}), then responses, data lines and URCs, blank lines left
 * out. A log that shows only what the host sent ({@code <<} lines) does not say whether the module echoed: a replay
 * then accepts the echo or its absence. {@code payloads} are the data the host sent after a prompt or CONNECT when
 * the log records them (ATFlow transcripts do); when empty, a replay takes the payload from the echoed data lines.
 */
public record Exchange(LogLine command, List<LogLine> expected, List<String> payloads, boolean echoShown) {

    public Exchange {
        expected = List.copyOf(expected);
        payloads = List.copyOf(payloads);
    }
}
