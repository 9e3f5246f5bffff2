package io.atflow.engine.transport.telnet;

/** The numbers of the telnet protocol this client uses (RFC 854 commands, RFC 856 BINARY, RFC 858 SGA, RFC 2217). */
public final class Telnet {
    /** Interpret As Command: starts every command; doubled to send a data byte 255. */
    public static final int IAC = 255;
    public static final int DONT = 254;
    public static final int DO = 253;
    public static final int WONT = 252;
    public static final int WILL = 251;
    /** Subnegotiation begin. */
    public static final int SB = 250;
    public static final int NOP = 241;
    /** Subnegotiation end. */
    public static final int SE = 240;

    /** RFC 856: 8-bit data without NVT translation. */
    public static final int OPTION_BINARY = 0;
    /** RFC 858: no go-ahead signals. */
    public static final int OPTION_SGA = 3;
    /** RFC 2217: COM-PORT-OPTION. */
    public static final int OPTION_COM_PORT = 44;

    private Telnet() {
    }

    /** {@code WILL}, {@code DO 44}, ... for messages. */
    public static String name(int verb, int option) {
        String v = switch (verb) {
            case WILL -> "WILL";
            case WONT -> "WONT";
            case DO -> "DO";
            case DONT -> "DONT";
            default -> "command " + verb;
        };
        return v + " " + optionName(option);
    }

    public static String optionName(int option) {
        return switch (option) {
            case OPTION_BINARY -> "BINARY";
            case OPTION_SGA -> "SUPPRESS-GO-AHEAD";
            case OPTION_COM_PORT -> "COM-PORT-OPTION";
            default -> "option " + option;
        };
    }
}
