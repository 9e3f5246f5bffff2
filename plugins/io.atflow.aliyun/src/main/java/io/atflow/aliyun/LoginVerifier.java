package io.atflow.aliyun;

/**
 * Server-side check of submitted credentials: recomputes the signature from the parameters in the client id and
 * compares it with the submitted password in constant time.
 */
public final class LoginVerifier {
    private LoginVerifier() {
    }

    /** One device, one secret; the frame supplies signmethod and the optional timestamp. */
    public static boolean deviceSecret(ClientIdFrame frame, DeviceIdentity identity, String deviceSecret,
            String password) {
        SignMethod method = SignMethod.parse(required(frame, "signmethod"));
        String content = SignContent.deviceSecret(frame.clientId(), identity, frame.param("timestamp"));
        return ConstantTime.hexEquals(Hmac.hex(method, deviceSecret, content), password);
    }

    /** One product, one secret ({@code register} or {@code regnwl}); the frame supplies random and signmethod. */
    public static boolean productSecret(ClientIdFrame frame, DeviceIdentity identity, String productSecret,
            String password) {
        SignMethod method = SignMethod.parse(required(frame, "signmethod"));
        String content = SignContent.productSecret(identity, required(frame, "random"));
        return ConstantTime.hexEquals(Hmac.hex(method, productSecret, content), password);
    }

    /** HTTPS registration: {@code sign} over the form's random with the form's signMethod. */
    public static boolean httpsSign(DeviceIdentity identity, String productSecret, String random, String signMethod,
            String sign) {
        String expected = Hmac.hex(SignMethod.parse(signMethod), productSecret,
                SignContent.productSecret(identity, random));
        return ConstantTime.hexEquals(expected, sign);
    }

    /** Registration-free login: the password is the issued DeviceToken itself. */
    public static boolean token(String issuedToken, String password) {
        return ConstantTime.equals(issuedToken, password);
    }

    private static String required(ClientIdFrame frame, String name) {
        String value = frame.param(name);
        if (value == null || value.isEmpty()) {
            throw new AliyunInputException("client id lacks the " + name + "= parameter");
        }
        return value;
    }
}
