package io.atflow.platform.auth;

import io.atflow.platform.ConnackCodes;

/** Internal short-cut of {@link LoginPolicy}: a refusal with its CONNACK code. */
final class Rejection extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    private Rejection(int code, String reason) {
        super(reason, null, false, false);
        this.code = code;
    }

    static Rejection identifier(String reason) {
        return new Rejection(ConnackCodes.IDENTIFIER_REJECTED, reason);
    }

    static Rejection credentials(String reason) {
        return new Rejection(ConnackCodes.BAD_USER_NAME_OR_PASSWORD, reason);
    }

    static Rejection notAuthorized(String reason) {
        return new Rejection(ConnackCodes.NOT_AUTHORIZED, reason);
    }
}
