package io.atflow.sim.at;

import java.util.Map;

/**
 * {@code +CME ERROR} codes the simulator reports: the general ones of 3GPP TS 27.007 §9.2 (numbers and verbose
 * texts as the standard gives them; Quectel capitalises "Incorrect parameters") and the HTTP(S) ones (7xx) of
 * Quectel's HTTP(S) application notes and the file ones (4xx) of the FILE AT Commands Manual.
 */
public final class CmeError {
    public static final int OPERATION_NOT_ALLOWED = 3;
    public static final int OPERATION_NOT_SUPPORTED = 4;
    public static final int SIM_NOT_INSERTED = 10;
    public static final int SIM_PIN_REQUIRED = 11;
    public static final int SIM_BUSY = 14;
    public static final int INCORRECT_PASSWORD = 16;
    public static final int NO_NETWORK_SERVICE = 30;
    public static final int INCORRECT_PARAMETERS = 50;
    public static final int UNKNOWN = 100;

    public static final int HTTP_UNKNOWN = 701;
    public static final int HTTP_TIMEOUT = 702;
    public static final int HTTP_BUSY = 703;
    public static final int HTTP_NO_REQUEST = 705;
    public static final int HTTP_NETWORK_DEACTIVATED = 709;
    public static final int HTTP_URL_ERROR = 711;
    public static final int HTTP_EMPTY_URL = 712;
    public static final int HTTP_DNS_ERROR = 714;
    public static final int HTTP_SOCKET_CONNECT_ERROR = 716;
    public static final int HTTP_SOCKET_READ_ERROR = 717;
    public static final int HTTP_SOCKET_WRITE_ERROR = 718;
    public static final int HTTP_INPUT_TIMEOUT = 726;
    public static final int HTTP_WAIT_RESPONSE_TIMEOUT = 728;
    public static final int HTTP_INVALID_PARAMETER = 730;

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(OPERATION_NOT_ALLOWED, "operation not allowed"),
            Map.entry(OPERATION_NOT_SUPPORTED, "operation not supported"),
            Map.entry(SIM_NOT_INSERTED, "SIM not inserted"),
            Map.entry(SIM_PIN_REQUIRED, "SIM PIN required"),
            Map.entry(SIM_BUSY, "SIM busy"),
            Map.entry(INCORRECT_PASSWORD, "incorrect password"),
            Map.entry(NO_NETWORK_SERVICE, "no network service"),
            Map.entry(INCORRECT_PARAMETERS, "Incorrect parameters"),
            Map.entry(UNKNOWN, "unknown"),
            Map.entry(HTTP_UNKNOWN, "HTTP(S) unknown error"),
            Map.entry(HTTP_TIMEOUT, "HTTP(S) timeout"),
            Map.entry(HTTP_BUSY, "HTTP(S) busy"),
            Map.entry(HTTP_NO_REQUEST, "HTTP(S) no GET/POST requests"),
            Map.entry(HTTP_NETWORK_DEACTIVATED, "HTTP(S) network deactivated"),
            Map.entry(HTTP_URL_ERROR, "HTTP(S) URL error"),
            Map.entry(HTTP_EMPTY_URL, "HTTP(S) empty URL"),
            Map.entry(HTTP_DNS_ERROR, "HTTP(S) DNS error"),
            Map.entry(HTTP_SOCKET_CONNECT_ERROR, "HTTP(S) socket connect error"),
            Map.entry(HTTP_SOCKET_READ_ERROR, "HTTP(S) socket read error"),
            Map.entry(HTTP_SOCKET_WRITE_ERROR, "HTTP(S) socket write error"),
            Map.entry(HTTP_INPUT_TIMEOUT, "Input timeout"),
            Map.entry(HTTP_WAIT_RESPONSE_TIMEOUT, "Wait HTTP(S) response timeout"),
            Map.entry(HTTP_INVALID_PARAMETER, "Invalid parameter"),
            // the FILE AT Commands Manual's error codes
            Map.entry(400, "Invalid input value"),
            Map.entry(405, "File not found"),
            Map.entry(406, "Invalid file name"),
            Map.entry(407, "File already existed"),
            Map.entry(420, "No space"),
            Map.entry(421, "Time out"),
            Map.entry(423, "File too large"),
            Map.entry(425, "Invalid parameter"));

    private CmeError() {
    }

    /** The verbose text AT+CMEE=2 prints. */
    public static String text(int code) {
        return TEXT.getOrDefault(code, "unknown");
    }
}
