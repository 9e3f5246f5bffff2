package io.atflow.sim.at;

/** The final result of a command, or {@link #PENDING} when the command finishes later (data mode, network). */
public final class Outcome {
    public static final Outcome OK = new Outcome("OK", -1);
    public static final Outcome ERROR = new Outcome("ERROR", -1);
    public static final Outcome PENDING = new Outcome("", -1);
    /** AT+QISEND: the data is in the socket's send buffer (TCP/IP Application Notes). */
    public static final Outcome SEND_OK = new Outcome("SEND OK", -1);
    /** AT+QISEND: the socket's send buffer is full. */
    public static final Outcome SEND_FAIL = new Outcome("SEND FAIL", -1);

    private final String text;
    private final int cmeCode;
    private final String verbose;

    private Outcome(String text, int cmeCode) {
        this(text, cmeCode, null);
    }

    private Outcome(String text, int cmeCode, String verbose) {
        this.text = text;
        this.cmeCode = cmeCode;
        this.verbose = verbose;
    }

    /** {@code +CME ERROR: <code>} (or plain ERROR / verbose text, as AT+CMEE says). */
    public static Outcome cme(int code) {
        return new Outcome("+CME ERROR: " + code, code);
    }

    /** {@code +CME ERROR: <code>} whose verbose text (AT+CMEE=2) is {@code verbose}; null: {@link CmeError#text}. */
    public static Outcome cme(int code, String verbose) {
        return new Outcome("+CME ERROR: " + code, code, verbose);
    }

    /** The text AT+CMEE=2 prints. */
    public String verboseText() {
        return verbose != null ? verbose : CmeError.text(cmeCode);
    }

    public boolean isCme() {
        return cmeCode >= 0;
    }

    public int cmeCode() {
        return cmeCode;
    }

    /** The numeric form, e.g. {@code OK} or {@code +CME ERROR: 50}. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return this == PENDING ? "PENDING" : text;
    }
}
