package io.atflow.platform.auth;

import io.atflow.aliyun.ClientIdRules;
import io.atflow.platform.Endpoint;

/**
 * The gateway's use of Aliyun's client id rules ({@link ClientIdRules}: CONNACK 2 when one is broken), and securemode
 * against the listener the device reached (CONNACK 5).
 */
final class FrameRules {
    private FrameRules() {
    }

    /** The frame's check when it passed the rules ({@code authType} null for one device, one secret). */
    static ClientIdRules.Check check(String clientIdentifier, Endpoint transport) {
        ClientIdRules.Check check = ClientIdRules.check(clientIdentifier);
        if (!check.ok()) {
            throw Rejection.identifier(check.violation().message());
        }
        listener(check.frame().param("securemode"), transport);
        return check;
    }

    private static void listener(String secureMode, Endpoint transport) {
        boolean tls = transport == Endpoint.MQTT_TLS;
        if (tls && secureMode.equals("3")) {
            throw Rejection.notAuthorized("securemode=3 announces plain TCP but the device connected to the TLS"
                    + " listener; use securemode=2");
        }
        if (!tls && !secureMode.equals("3")) {
            throw Rejection.notAuthorized("securemode=" + secureMode + " requires TLS but the device connected to"
                    + " the plain TCP listener; enable TLS (AT+QMTCFG=\"ssl\") or use securemode=3");
        }
    }
}
