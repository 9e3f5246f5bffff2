package io.atflow.platform.auth;

import com.google.gson.JsonObject;

import io.atflow.platform.registry.Device;

/** What the platform publishes after a successful MQTT dynamic registration, in the application note's field order. */
public final class RegistrationPayloads {
    public static final String REGISTER_TOPIC = "/ext/register";
    public static final String REGNWL_TOPIC = "/ext/regnwl";

    private RegistrationPayloads() {
    }

    /** {@code {"deviceSecret":..,"productKey":..,"deviceName":..}} */
    public static String register(Device device) {
        JsonObject o = new JsonObject();
        o.addProperty("deviceSecret", device.deviceSecret());
        o.addProperty("productKey", device.productKey());
        o.addProperty("deviceName", device.deviceName());
        return o.toString();
    }

    /** {@code {"clientId":..,"productKey":..,"deviceName":..,"deviceToken":..}} */
    public static String registerFree(Device device) {
        JsonObject o = new JsonObject();
        o.addProperty("clientId", device.issuedClientId());
        o.addProperty("productKey", device.productKey());
        o.addProperty("deviceName", device.deviceName());
        o.addProperty("deviceToken", device.deviceToken());
        return o.toString();
    }
}
