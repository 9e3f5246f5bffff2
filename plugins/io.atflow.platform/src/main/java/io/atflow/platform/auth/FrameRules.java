package io.atflow.platform.auth;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.ClientIdRules;
import io.atflow.platform.Endpoint;

/**
 * The gateway's use of Aliyun's client id rules ({@link ClientIdRules}: CONNACK 2 when one is broken), and securemode
 * against the listener the device reached (CONNACK 5).
 */
final class FrameRules {
    /** A frame that passed the rules; {@code authType} is null for one device, one secret. */
    record LoginFrame(ClientIdFrame frame, AuthType authType) {
    }

    private FrameRules() {
    }

    static LoginFrame check(String clientIdentifier, Endpoint transport) {
        ClientIdRules.Check check = ClientIdRules.check(clientIdentifier);
        if (!check.ok()) {
            throw Rejection.identifier(check.violation().message());
        }
        listener(check.frame().param("securemode"), transport);
        return new LoginFrame(check.frame(), check.authType());
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
