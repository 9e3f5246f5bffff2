package io.atflow.sim.replay;

import java.util.Locale;
import java.util.Set;

import io.atflow.engine.at.AtLexer;

/**
 * Which commands take data from the host, and how: after the {@code >} prompt (with Ctrl-Z at the end unless the
 * command counts the bytes), or after {@code CONNECT}.
 */
final class DataCommands {
    private static final Set<String> PROMPTED = Set.of("+QMTPUB", "+QMTPUBEX", "+QISEND", "+QSSLSEND", "+CMGS",
            "+CMGW");
    private static final Set<String> AFTER_CONNECT = Set.of("+QHTTPURL", "+QHTTPPOST", "+QHTTPPUT", "+QFUPL");

    private DataCommands() {
    }

    static String name(String command) {
        return command.length() < 2 ? "" : command.substring(2, AtLexer.nameEnd(command, 2)).toUpperCase(Locale.ROOT);
    }

    static boolean prompted(String command) {
        return PROMPTED.contains(name(command));
    }

    static boolean afterConnect(String command) {
        return AFTER_CONNECT.contains(name(command));
    }

    /**
     * Whether the payload ends with Ctrl-Z: SMS always, AT+QMTPUB without a length (5 parameters), AT+QISEND
     * without a length.
     */
    static boolean ctrlZ(String command) {
        String name = name(command);
        int params = command.indexOf('=') < 0 ? 0 : AtLexer.fields(command, command.indexOf('=') + 1).size();
        return switch (name) {
            case "+CMGS", "+CMGW" -> true;
            case "+QMTPUB" -> params <= 5;
            case "+QISEND", "+QSSLSEND" -> params <= 1;
            default -> false;
        };
    }
}
