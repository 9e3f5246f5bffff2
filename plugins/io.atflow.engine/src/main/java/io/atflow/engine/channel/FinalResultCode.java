package io.atflow.engine.channel;

import java.util.Optional;

/**
 * A final result code (V.250 and 27.007/27.005): {@code OK}, {@code ERROR}, {@code +CME ERROR: <n>},
 * {@code +CMS ERROR: <n>}, {@code NO CARRIER}, {@code BUSY}, {@code NO ANSWER}, {@code NO DIALTONE},
 * {@code CONNECT [<text>]}, which starts a data mode (an intermediate result for data-mode commands), and Quectel's
 * {@code SEND OK} / {@code SEND FAIL}, which end the socket send commands ({@code AT+QISEND}, {@code AT+QISENDEX},
 * {@code AT+QSSLSEND}: "SEND OK", "SEND FAIL" when the send buffer is full, or "ERROR").
 *
 * @param kind   which code
 * @param line   the line as received
 * @param number the error number of {@code +CME/+CMS ERROR: <n>}, or -1 (other codes, or verbose error text)
 * @param text   what follows the code: the verbose error text or the {@code CONNECT} text; empty otherwise
 */
public record FinalResultCode(Kind kind, String line, int number, String text) {
    public static final String OK = "OK";
    public static final String ERROR = "ERROR";
    public static final String CME_ERROR = "+CME ERROR:";
    public static final String CMS_ERROR = "+CMS ERROR:";
    public static final String NO_CARRIER = "NO CARRIER";
    public static final String BUSY = "BUSY";
    public static final String NO_ANSWER = "NO ANSWER";
    public static final String NO_DIALTONE = "NO DIALTONE";
    public static final String CONNECT = "CONNECT";
    public static final String SEND_OK = "SEND OK";
    public static final String SEND_FAIL = "SEND FAIL";

    /** The kinds of final result codes. */
    public enum Kind {
        OK, ERROR, CME_ERROR, CMS_ERROR, NO_CARRIER, BUSY, NO_ANSWER, NO_DIALTONE, CONNECT, SEND_OK, SEND_FAIL
    }

    /** Parses a (stripped) line; empty when the line is not a final result code. */
    public static Optional<FinalResultCode> parse(String line) {
        return Optional.ofNullable(parseOrNull(line));
    }

    static FinalResultCode parseOrNull(String s) {
        switch (s) {
            case OK:
                return new FinalResultCode(Kind.OK, s, -1, "");
            case ERROR:
                return new FinalResultCode(Kind.ERROR, s, -1, "");
            case NO_CARRIER:
                return new FinalResultCode(Kind.NO_CARRIER, s, -1, "");
            case BUSY:
                return new FinalResultCode(Kind.BUSY, s, -1, "");
            case NO_ANSWER:
                return new FinalResultCode(Kind.NO_ANSWER, s, -1, "");
            case NO_DIALTONE:
                return new FinalResultCode(Kind.NO_DIALTONE, s, -1, "");
            case CONNECT:
                return new FinalResultCode(Kind.CONNECT, s, -1, "");
            case SEND_OK:
                return new FinalResultCode(Kind.SEND_OK, s, -1, "");
            case SEND_FAIL:
                return new FinalResultCode(Kind.SEND_FAIL, s, -1, "");
            default:
                break;
        }
        if (s.startsWith(CME_ERROR)) {
            return error(Kind.CME_ERROR, s, s.substring(CME_ERROR.length()).strip());
        }
        if (s.startsWith(CMS_ERROR)) {
            return error(Kind.CMS_ERROR, s, s.substring(CMS_ERROR.length()).strip());
        }
        if (s.startsWith(CONNECT + " ")) {
            return new FinalResultCode(Kind.CONNECT, s, -1, s.substring(CONNECT.length() + 1).strip());
        }
        return null;
    }

    private static FinalResultCode error(Kind kind, String line, String rest) {
        int n = -1;
        if (!rest.isEmpty() && rest.length() < 10 && rest.chars().allMatch(Character::isDigit)) {
            n = Integer.parseInt(rest);
        }
        return new FinalResultCode(kind, line, n, n >= 0 ? "" : rest);
    }

    /**
     * {@code OK}, {@code SEND OK} (and {@code CONNECT}, which is success for commands that do not expect a data
     * mode).
     */
    public boolean isSuccess() {
        return kind == Kind.OK || kind == Kind.CONNECT || kind == Kind.SEND_OK;
    }

    /** {@code SEND OK} or {@code SEND FAIL}: the answer of a command that sends data, of no other command. */
    public boolean isSendResult() {
        return kind == Kind.SEND_OK || kind == Kind.SEND_FAIL;
    }
}
