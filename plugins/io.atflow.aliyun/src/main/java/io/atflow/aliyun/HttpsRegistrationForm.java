package io.atflow.aliyun;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form body of {@code POST /auth/register/device}: productKey, deviceName, random, sign, signMethod, with
 * sign = HMAC(ProductSecret, {@code deviceName..productKey..random..}).
 */
public final class HttpsRegistrationForm {
    public static final String PATH = "/auth/register/device";

    private HttpsRegistrationForm() {
    }

    public static Map<String, String> fields(DeviceIdentity identity, String productSecret, String random,
            SignMethod signMethod) {
        Values.secret("product secret", productSecret);
        Values.framed("random", random);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("productKey", identity.productKey());
        form.put("deviceName", identity.deviceName());
        form.put("random", random);
        form.put("sign", Hmac.hex(signMethod, productSecret, SignContent.productSecret(identity, random)));
        form.put("signMethod", signMethod.wireName());
        return form;
    }

    /** {@code application/x-www-form-urlencoded} body. */
    public static String body(DeviceIdentity identity, String productSecret, String random, SignMethod signMethod) {
        return encode(fields(identity, productSecret, random, signMethod));
    }

    public static String encode(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    /** Decodes a form body; a field without {@code =} is rejected. */
    public static Map<String, String> decode(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.trim().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new AliyunInputException("form field \"" + pair + "\" is not of the form name=value");
            }
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
