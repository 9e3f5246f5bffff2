package io.atflow.sim.socket;

import java.util.Map;

/**
 * The result codes of Quectel's TCP/IP commands ("Summary of Error Codes" of the TCP/IP Application Notes), as
 * {@code +QIOPEN: <id>,<err>}, {@code +QPING: <err>} and {@code AT+QIGETERROR} report them. The texts are the ones
 * modules print ({@code +QIGETERROR: 0,operate successfully}, {@code +QIGETERROR: 563,socket identity has been used}).
 */
public final class TcpipError {
    public static final int OK = 0;
    public static final int INVALID_PARAMETERS = 552;
    public static final int OPERATION_NOT_SUPPORTED = 555;
    public static final int SOCKET_WRITE_FAILED = 558;
    public static final int PDP_OPEN_FAILED = 561;
    public static final int SOCKET_IDENTITY_USED = 563;
    public static final int DNS_PARSE_FAILED = 565;
    public static final int SOCKET_CONNECT_FAILED = 566;
    public static final int SOCKET_CLOSED = 567;
    public static final int OPERATION_TIMEOUT = 569;

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(OK, "operate successfully"),
            Map.entry(550, "unknown error"),
            Map.entry(551, "operation blocked"),
            Map.entry(INVALID_PARAMETERS, "invalid parameters"),
            Map.entry(553, "memory not enough"),
            Map.entry(554, "socket creation failed"),
            Map.entry(OPERATION_NOT_SUPPORTED, "operation not supported"),
            Map.entry(556, "socket bind failed"),
            Map.entry(557, "socket listen failed"),
            Map.entry(SOCKET_WRITE_FAILED, "socket write failed"),
            Map.entry(559, "socket read failed"),
            Map.entry(560, "socket accept failed"),
            Map.entry(PDP_OPEN_FAILED, "PDP context opening failed"),
            Map.entry(562, "PDP context closure failed"),
            Map.entry(SOCKET_IDENTITY_USED, "socket identity has been used"),
            Map.entry(564, "DNS busy"),
            Map.entry(DNS_PARSE_FAILED, "DNS parse failed"),
            Map.entry(SOCKET_CONNECT_FAILED, "socket connect failed"),
            Map.entry(SOCKET_CLOSED, "socket has been closed"),
            Map.entry(568, "operation busy"),
            Map.entry(OPERATION_TIMEOUT, "operation timeout"),
            Map.entry(570, "PDP context broken down"),
            Map.entry(571, "cancel sending"),
            Map.entry(572, "operation not allowed"),
            Map.entry(573, "APN not configured"),
            Map.entry(574, "port busy"));

    private TcpipError() {
    }

    public static String text(int code) {
        return TEXT.getOrDefault(code, "unknown error");
    }
}
