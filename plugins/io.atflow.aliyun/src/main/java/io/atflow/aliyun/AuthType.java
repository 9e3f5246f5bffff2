package io.atflow.aliyun;

import java.util.Locale;

/** The {@code authType=} values of one-product-one-secret and registration-free logins. */
public enum AuthType {
    /** Dynamic registration of a pre-registered device; the platform replies with the DeviceSecret. */
    REGISTER("register", "2"),
    /** Registration-free dynamic registration; the platform replies with a client id and a DeviceToken. */
    REGNWL("regnwl", "-2"),
    /** Login of a registration-free device with the DeviceToken it was issued. */
    CONNWL("connwl", "-2");

    private final String wireName;
    private final String secureMode;

    AuthType(String wireName, String secureMode) {
        this.wireName = wireName;
        this.secureMode = secureMode;
    }

    public String wireName() {
        return wireName;
    }

    /** The only securemode Aliyun accepts with this auth type. */
    public String secureMode() {
        return secureMode;
    }

    public static AuthType parse(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (AuthType t : values()) {
            if (t.wireName.equals(key)) {
                return t;
            }
        }
        throw new AliyunInputException("unknown auth type \"" + name + "\"; use register, regnwl or connwl");
    }
}
