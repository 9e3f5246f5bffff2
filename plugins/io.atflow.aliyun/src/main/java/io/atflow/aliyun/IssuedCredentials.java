package io.atflow.aliyun;

import java.util.Set;

/**
 * The JSON keys whose values are credentials a platform sends at run time: {@code deviceSecret} in a dynamic
 * registration reply (MQTT {@code /ext/register} or HTTPS {@code /auth/register/device}), {@code deviceToken} of a
 * registration-free login, {@code productSecret}, and {@code password}. Masking hides these values by key, before
 * anyone knows them.
 */
public final class IssuedCredentials {
    public static final Set<String> JSON_KEYS = Set.of("deviceSecret", "deviceToken", "productSecret", "password");

    private IssuedCredentials() {
    }
}
