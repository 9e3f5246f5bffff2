package io.atflow.platform.auth;

import io.atflow.platform.Endpoint;

/**
 * What a device submitted in its MQTT CONNECT, and on which listener. {@code username}, {@code password} and
 * {@code willTopic} (no will) may be null.
 */
public record ConnectRequest(Endpoint transport, int protocolLevel, String clientIdentifier, String username,
        String password, String willTopic) {

    public ConnectRequest(Endpoint transport, int protocolLevel, String clientIdentifier, String username,
            String password) {
        this(transport, protocolLevel, clientIdentifier, username, password, null);
    }
}
