package io.atflow.platform.auth;

import io.atflow.platform.Transport;

/** What a device submitted in its MQTT CONNECT, and on which listener. {@code username}/{@code password} may be null. */
public record ConnectRequest(Transport transport, int protocolLevel, String clientIdentifier, String username,
        String password) {
}
