package io.atflow.platform;

/** MQTT 3.1.1 CONNACK return codes, as the platform sends them and {@code +QMTCONN: <idx>,<result>,<ret_code>} shows. */
public final class ConnackCodes {
    public static final int ACCEPTED = 0;
    /** The CONNECT is not MQTT 3.1 or 3.1.1. */
    public static final int UNACCEPTABLE_PROTOCOL_VERSION = 1;
    /** The client id breaks Aliyun's framing or names an unknown securemode, authType or signmethod. */
    public static final int IDENTIFIER_REJECTED = 2;
    /** The platform cannot serve the login right now (e.g. its registry file cannot be written). */
    public static final int SERVER_UNAVAILABLE = 3;
    /** Unknown product or device, signature mismatch, wrong or expired token. */
    public static final int BAD_USER_NAME_OR_PASSWORD = 4;
    /** Identity proven but not allowed: securemode vs listener, disabled device, registration not enabled. */
    public static final int NOT_AUTHORIZED = 5;

    private ConnackCodes() {
    }

    public static String describe(int code) {
        return switch (code) {
            case ACCEPTED -> "accepted";
            case UNACCEPTABLE_PROTOCOL_VERSION -> "unacceptable protocol version";
            case IDENTIFIER_REJECTED -> "identifier rejected";
            case SERVER_UNAVAILABLE -> "server unavailable";
            case BAD_USER_NAME_OR_PASSWORD -> "bad user name or password";
            case NOT_AUTHORIZED -> "not authorized";
            default -> "return code " + code;
        };
    }
}
