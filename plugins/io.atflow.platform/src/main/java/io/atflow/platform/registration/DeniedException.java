package io.atflow.platform.registration;

/** A login or registration is refused; the message is one sentence for the platform's log. */
public final class DeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Denial denial;

    public DeniedException(Denial denial, String message) {
        super(message, null, false, false);
        this.denial = denial;
    }

    public Denial denial() {
        return denial;
    }
}
