package io.atflow.lang.validation;

/**
 * Issue codes of ATFlow diagnostics, shared by the validator, the IDE quick fixes and the tests. They appear in
 * {@code atflow check} output as {@code [code]}.
 */
public final class IssueCodes {
    private static final String P = "atflow.";

    // syntax inside tokens
    public static final String UNTERMINATED_STRING = P + "unterminated-string";
    public static final String BAD_PLACEHOLDER = P + "bad-placeholder";
    public static final String BAD_PATTERN = P + "bad-pattern";
    public static final String SYNTAX = P + "syntax";
    public static final String BAD_ENCODING = P + "bad-encoding";
    public static final String FILE_TOO_LARGE = P + "file-too-large";
    public static final String TOO_DEEP = P + "too-deep";

    // names and structure
    public static final String UNKNOWN_NAME = P + "unknown-name";
    public static final String DUPLICATE_NAME = P + "duplicate-name";
    public static final String UNKNOWN_FUNCTION = P + "unknown-function";
    public static final String WRONG_FUNCTION_ARGS = P + "wrong-function-args";
    public static final String UNKNOWN_FIELD = P + "unknown-field";
    public static final String MISSING_FIELD = P + "missing-field";
    public static final String BAD_INCLUDE = P + "bad-include";
    public static final String UNKNOWN_PROFILE = P + "unknown-profile";
    public static final String ZERO_DURATION = P + "zero-duration";
    public static final String DURATION_UNIT = P + "duration-unit";
    public static final String HANDLER_AFTER_STEPS = P + "handler-after-steps";

    // the AT catalog
    public static final String UNKNOWN_COMMAND = P + "unknown-command";
    public static final String NOT_IN_PROFILE = P + "not-in-profile";
    public static final String UNSUPPORTED_FORM = P + "unsupported-form";
    public static final String UNKNOWN_VARIANT = P + "unknown-variant";
    public static final String WRONG_ARITY = P + "wrong-arity";
    public static final String BAD_QUOTING = P + "bad-quoting";
    public static final String WRONG_TYPE = P + "wrong-type";
    public static final String OUT_OF_RANGE = P + "out-of-range";
    public static final String URC_NOT_PRODUCED = P + "urc-not-produced";
    public static final String UNKNOWN_URC = P + "unknown-urc";
    public static final String DATA_MISMATCH = P + "data-mismatch";
    public static final String LENGTH_MISMATCH = P + "length-mismatch";

    // Aliyun rules
    public static final String CLIENT_ID_TOO_LONG = P + "client-id-too-long";
    public static final String CLIENT_ID_FRAMING = P + "client-id-framing";
    public static final String SECUREMODE_INVALID = P + "securemode-invalid";
    public static final String AUTH_TYPE_INVALID = P + "auth-type-invalid";
    public static final String SIGN_METHOD_INVALID = P + "sign-method-invalid";
    public static final String PLAIN_TCP = P + "plain-tcp";
    public static final String USERNAME_MISMATCH = P + "username-mismatch";
    public static final String TOPIC_SHAPE = P + "topic-shape";
    public static final String TOPIC_OWNERSHIP = P + "topic-ownership";
    public static final String PASSWORD_MISMATCH = P + "password-mismatch";
    public static final String PASSWORD_MISSING = P + "password-missing";
    public static final String CREDENTIAL_UNVERIFIED = P + "credential-unverified";
    public static final String SIGN_MISMATCH = P + "sign-mismatch";
    public static final String LITERAL_SECRET = P + "literal-secret";
    /** Publish to a subscribe-only topic class or subscribe to a publish-only one. */
    public static final String TOPIC_RIGHT = P + "topic-right";
    /** QoS 2, a retained message or a will: Aliyun supports none of them. */
    public static final String ALIYUN_UNSUPPORTED = P + "aliyun-unsupported";

    // The thing model (thingModel "model.json")
    /** The thing model file is missing or not a thing model. */
    public static final String THING_MODEL = P + "thing-model";
    /** A payload checked against the thing model is not JSON. */
    public static final String TSL_NOT_JSON = P + "tsl-not-json";
    /**
     * The payload codes by {@link io.atflow.aliyun.tsl.TslViolation.Problem}: {@code atflow.tsl-unknown-identifier},
     * {@code -wrong-type}, {@code -out-of-range}, {@code -not-in-enum}, {@code -too-long}, {@code -not-in-struct},
     * {@code -array-size}, {@code -too-many}, {@code -envelope}, {@code -float-without-point}.
     */
    public static String tsl(io.atflow.aliyun.tsl.TslViolation.Problem problem) {
        return P + "tsl-" + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static final String TSL_UNKNOWN_IDENTIFIER = P + "tsl-unknown-identifier";
    public static final String TSL_NOT_IN_STRUCT = P + "tsl-not-in-struct";
    public static final String TSL_FLOAT_WITHOUT_POINT = P + "tsl-float-without-point";
    public static final String TSL_ENVELOPE = P + "tsl-envelope";
    public static final String TSL_NO_METHOD = P + "tsl-no-method";
    public static final String TSL_WRONG_TYPE = P + "tsl-wrong-type";

    // TLS set-up (TlsValidator)
    public static final String TLS_SECUREMODE_WITHOUT_SSL = P + "tls-securemode-without-ssl";
    public static final String TLS_PLAIN_SECUREMODE = P + "tls-plain-securemode";
    public static final String SSL_CONTEXT_MISMATCH = P + "ssl-context-mismatch";
    public static final String SSL_CONTEXT_LATE = P + "ssl-context-late";
    public static final String FILE_NOT_UPLOADED = P + "file-not-uploaded";
    public static final String FILE_EXISTS = P + "file-exists";
    public static final String CLOCK_NOT_SET = P + "clock-not-set";

    private IssueCodes() {
    }
}
