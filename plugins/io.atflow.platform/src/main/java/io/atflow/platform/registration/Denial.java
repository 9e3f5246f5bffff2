package io.atflow.platform.registration;

/**
 * Why the platform refuses a login or a registration, with the MQTT CONNACK return code and, for registrations over
 * HTTPS, the HTTP status and the Aliyun-style {@code code}/{@code message} of the JSON reply.
 * CONNACK 4 (bad user name or password) means the credentials do not prove an identity; CONNACK 5 (not authorized)
 * means the identity is proven but the product or device does not allow what was asked.
 */
public enum Denial {
    UNKNOWN_PRODUCT(4, 404, 6250, "product not found"),
    UNKNOWN_DEVICE(4, 404, 6100, "device not found"),
    BAD_SIGNATURE(4, 401, 401, "request auth error"),
    NO_DEVICE_SECRET(4, 401, 401, "request auth error"),
    NO_TOKEN(4, 401, 401, "request auth error"),
    WRONG_CLIENT_ID(4, 401, 401, "request auth error"),
    BAD_TOKEN(4, 401, 401, "request auth error"),
    TOKEN_EXPIRED(4, 401, 401, "request auth error"),
    DYNAMIC_REGISTRATION_OFF(5, 403, 6288, "dynamic register is not enabled for the product"),
    REGISTRATION_FREE_OFF(5, 403, 6288, "registration-free is not enabled for the product"),
    DEVICE_DISABLED(5, 403, 6204, "device is disabled"),
    ALREADY_ACTIVATED(5, 403, 6289, "device is already activated");

    private final int connackCode;
    private final int httpStatus;
    private final int alinkCode;
    private final String alinkMessage;

    Denial(int connackCode, int httpStatus, int alinkCode, String alinkMessage) {
        this.connackCode = connackCode;
        this.httpStatus = httpStatus;
        this.alinkCode = alinkCode;
        this.alinkMessage = alinkMessage;
    }

    public int connackCode() {
        return connackCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int alinkCode() {
        return alinkCode;
    }

    public String alinkMessage() {
        return alinkMessage;
    }
}
