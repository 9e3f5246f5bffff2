package io.atflow.engine.transport.telnet;

/**
 * The RFC 2217 COM-PORT-OPTION subnegotiation commands. A client sends {@code IAC SB 44 <command> <value> IAC SE};
 * the access server answers with the same command plus {@link #SERVER_OFFSET} and the value it now uses.
 */
public final class ComPort {
    public static final int SIGNATURE = 0;
    public static final int SET_BAUDRATE = 1;
    public static final int SET_DATASIZE = 2;
    public static final int SET_PARITY = 3;
    public static final int SET_STOPSIZE = 4;
    public static final int SET_CONTROL = 5;
    public static final int NOTIFY_LINESTATE = 6;
    public static final int NOTIFY_MODEMSTATE = 7;
    public static final int FLOWCONTROL_SUSPEND = 8;
    public static final int FLOWCONTROL_RESUME = 9;
    public static final int SET_LINESTATE_MASK = 10;
    public static final int SET_MODEMSTATE_MASK = 11;
    public static final int PURGE_DATA = 12;
    /** Server-to-client commands are the client's plus 100 (SET-BAUDRATE 1 is answered as 101). */
    public static final int SERVER_OFFSET = 100;

    /** SET-PARITY values. */
    public static final int PARITY_NONE = 1, PARITY_ODD = 2, PARITY_EVEN = 3, PARITY_MARK = 4, PARITY_SPACE = 5;
    /** SET-STOPSIZE values (1.5 is 3). */
    public static final int STOP_1 = 1, STOP_2 = 2, STOP_1_5 = 3;
    /** SET-CONTROL values: outbound flow control, DTR and RTS. */
    public static final int CONTROL_FLOW_NONE = 1, CONTROL_FLOW_XONXOFF = 2, CONTROL_FLOW_HARDWARE = 3,
            CONTROL_DTR_ON = 8, CONTROL_DTR_OFF = 9, CONTROL_RTS_ON = 11, CONTROL_RTS_OFF = 12;
    /** PURGE-DATA values. */
    public static final int PURGE_RECEIVE = 1, PURGE_TRANSMIT = 2, PURGE_BOTH = 3;

    private ComPort() {
    }

    /** The subnegotiation payload of a client command with a one-byte value. */
    public static byte[] command(int command, int value) {
        return new byte[] {(byte) command, (byte) value};
    }

    /** SET-BAUDRATE with its 4-byte value in network byte order. */
    public static byte[] baudRate(int baud) {
        return new byte[] {SET_BAUDRATE, (byte) (baud >>> 24), (byte) (baud >>> 16), (byte) (baud >>> 8), (byte) baud};
    }

    /** The value of a server answer: 4 bytes big-endian for SET-BAUDRATE, else the first byte; -1 when empty. */
    public static int value(byte[] payload) {
        if (payload.length >= 5 && payload[0] == SET_BAUDRATE + SERVER_OFFSET) {
            return ((payload[1] & 0xFF) << 24) | ((payload[2] & 0xFF) << 16) | ((payload[3] & 0xFF) << 8)
                    | (payload[4] & 0xFF);
        }
        return payload.length >= 2 ? payload[1] & 0xFF : -1;
    }

    /** A human name of a client command and value, e.g. {@code SET-CONTROL DTR ON}, for warnings. */
    public static String describe(int command, int value) {
        return switch (command) {
            case SET_BAUDRATE -> "SET-BAUDRATE " + value;
            case SET_DATASIZE -> "SET-DATASIZE " + value;
            case SET_PARITY -> "SET-PARITY " + value;
            case SET_STOPSIZE -> "SET-STOPSIZE " + value;
            case SET_CONTROL -> "SET-CONTROL " + switch (value) {
                case CONTROL_FLOW_NONE -> "no flow control";
                case CONTROL_FLOW_XONXOFF -> "XON/XOFF flow control";
                case CONTROL_FLOW_HARDWARE -> "hardware flow control";
                case CONTROL_DTR_ON -> "DTR ON";
                case CONTROL_DTR_OFF -> "DTR OFF";
                case CONTROL_RTS_ON -> "RTS ON";
                case CONTROL_RTS_OFF -> "RTS OFF";
                default -> String.valueOf(value);
            };
            case SET_LINESTATE_MASK -> "SET-LINESTATE-MASK " + value;
            case SET_MODEMSTATE_MASK -> "SET-MODEMSTATE-MASK " + value;
            case PURGE_DATA -> "PURGE-DATA " + value;
            default -> "COM-PORT command " + command;
        };
    }
}
