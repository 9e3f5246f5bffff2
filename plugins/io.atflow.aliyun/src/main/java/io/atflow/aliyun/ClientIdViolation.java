package io.atflow.aliyun;

/** A rule of Aliyun's MQTT client id that a client id breaks, with one sentence saying how. */
public record ClientIdViolation(Rule rule, String message) {
    /** Which rule. */
    public enum Rule {
        /** The {@code <id>|k=v,...|} form: separators, empty parts, repeated parameters. */
        FRAMING,
        /** The free-text id in front of the parameters is longer than {@link Values#MAX_CLIENT_ID}. */
        TOO_LONG,
        /** {@code securemode} missing, unknown, or not the one the {@code authType} requires. */
        SECUREMODE,
        /** {@code authType} unknown, or missing where {@code securemode=-2} needs it. */
        AUTH_TYPE,
        /** {@code signmethod} missing or unknown. */
        SIGN_METHOD,
        /** {@code random} missing for dynamic registration. */
        RANDOM,
        /** {@code timestamp} not a number of milliseconds. */
        TIMESTAMP
    }
}
