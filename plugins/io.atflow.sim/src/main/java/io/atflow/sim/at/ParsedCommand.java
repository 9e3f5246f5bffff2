package io.atflow.sim.at;

import java.util.List;

/**
 * A parsed command: {@code name} is upper case, e.g. {@code +QMTCFG}, {@code E}, {@code I} or empty for a plain
 * {@code AT}; {@code line} is the command line as received, without {@code AT}.
 */
public record ParsedCommand(String name, Form form, List<AtArg> args, String line) {

    /** The four forms of V.250: {@code AT+X}, {@code AT+X?}, {@code AT+X=?}, {@code AT+X=...}. */
    public enum Form {
        EXEC, READ, TEST, WRITE
    }

    public ParsedCommand {
        args = List.copyOf(args);
    }

    public Args arguments() {
        return new Args(args);
    }
}
