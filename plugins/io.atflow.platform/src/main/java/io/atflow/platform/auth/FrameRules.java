package io.atflow.platform.auth;

import io.atflow.aliyun.AliyunInputException;
import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.ClientIdFrame;
import io.atflow.aliyun.SignMethod;
import io.atflow.aliyun.Values;
import io.atflow.platform.Endpoint;

/**
 * Aliyun's rules for the {@code <clientId>|securemode=..,authType=..,signmethod=..|} client id: framing, known
 * parameter values and their combinations (CONNACK 2 when broken), and securemode against the listener the device
 * reached (CONNACK 5). Parameters Aliyun defines for other purposes (instanceId, _v, gw, ...) are accepted as they are.
 */
final class FrameRules {
    /** A frame that passed the rules; {@code authType} is null for one device, one secret. */
    record LoginFrame(ClientIdFrame frame, AuthType authType) {
    }

    private FrameRules() {
    }

    static LoginFrame check(String clientIdentifier, Endpoint transport) {
        try {
            ClientIdFrame frame = ClientIdFrame.parse(clientIdentifier);
            String secureMode = frame.param("securemode");
            if (secureMode == null) {
                throw Rejection.identifier("client id \"" + clientIdentifier + "\" lacks securemode=");
            }
            if (!secureMode.equals("2") && !secureMode.equals("3") && !secureMode.equals("-2")) {
                throw Rejection.identifier("unknown securemode \"" + secureMode
                        + "\"; use 2 (TLS), 3 (plain TCP) or -2 (TLS, registration-free)");
            }
            AuthType authType = frame.param("authType") == null ? null : AuthType.parse(frame.param("authType"));
            combination(secureMode, authType);
            if (authType != AuthType.CONNWL) {
                SignMethod.parse(required(frame, "signmethod"));
            }
            if (authType == AuthType.REGISTER || authType == AuthType.REGNWL) {
                required(frame, "random");
            }
            if (frame.param("timestamp") != null) {
                Values.timestamp(frame.param("timestamp"));
            }
            listener(secureMode, transport);
            return new LoginFrame(frame, authType);
        } catch (AliyunInputException e) {
            throw Rejection.identifier(e.getMessage());
        }
    }

    private static void combination(String secureMode, AuthType authType) {
        if (authType == null && secureMode.equals("-2")) {
            throw Rejection.identifier("securemode -2 needs authType=regnwl or authType=connwl");
        }
        if (authType != null && !authType.secureMode().equals(secureMode)) {
            throw Rejection.identifier("authType " + authType.wireName() + " requires securemode "
                    + authType.secureMode() + ", not " + secureMode);
        }
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

    private static String required(ClientIdFrame frame, String name) {
        String value = frame.param(name);
        if (value == null || value.isEmpty()) {
            throw Rejection.identifier("client id lacks the " + name + "= parameter");
        }
        return value;
    }
}
