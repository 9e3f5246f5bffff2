package io.atflow.platform.https;

import com.google.gson.JsonObject;

import io.atflow.platform.registry.Device;

/**
 * JSON bodies of {@code /auth/register/device}. Success is the application note's
 * {@code {"code":200,"data":{"deviceName","deviceSecret","productKey"},"message":"success"}}; errors are
 * {@code {"code":<code>,"message":<message>}} with the codes of {@link io.atflow.platform.registration.Denial} and
 * the ones below.
 */
final class HttpsReply {
    static final int SUCCESS = 200;
    /** Malformed form, missing field, unknown signMethod or invalid device name (HTTP 400). */
    static final int PARAMETER_ERROR = 460;
    /** Any path other than {@code /auth/register/device} (HTTP 404). */
    static final int NOT_FOUND = 404;
    /** Any method other than POST (HTTP 405). */
    static final int METHOD_NOT_ALLOWED = 405;
    /** The registry cannot be written (HTTP 500). */
    static final int INTERNAL_ERROR = 500;

    private HttpsReply() {
    }

    static String success(Device d) {
        JsonObject data = new JsonObject();
        data.addProperty("deviceName", d.deviceName());
        data.addProperty("deviceSecret", d.deviceSecret());
        data.addProperty("productKey", d.productKey());
        JsonObject o = new JsonObject();
        o.addProperty("code", SUCCESS);
        o.add("data", data);
        o.addProperty("message", "success");
        return o.toString();
    }

    static String error(int code, String message) {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("message", message);
        return o.toString();
    }
}
