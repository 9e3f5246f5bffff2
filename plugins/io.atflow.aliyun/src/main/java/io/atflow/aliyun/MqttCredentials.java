package io.atflow.aliyun;

import java.util.List;

/** What a device submits in its MQTT CONNECT. */
public record MqttCredentials(String clientId, String username, String password) {

    /** {@code clientId=...}, {@code username=...}, {@code password=...} lines, as {@code atflow sign} prints them. */
    public List<String> lines() {
        return List.of("clientId=" + clientId, "username=" + username, "password=" + password);
    }
}
