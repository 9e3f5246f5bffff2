package io.atflow.platform.auth;

import io.atflow.platform.registry.Device;

/** The platform's answer to a CONNECT. */
public sealed interface ConnectVerdict {

    /** A device login: the connection continues to the broker as {@code device}. */
    record Accepted(Device device, String clientId, String mode) implements ConnectVerdict {
    }

    /**
     * A dynamic registration succeeded: the platform accepts the CONNECT, publishes {@code payload} on {@code topic}
     * and closes the connection.
     */
    record Registered(Device device, String topic, String payload, String mode) implements ConnectVerdict {
    }

    /** Refused with a CONNACK return code (see {@link io.atflow.platform.ConnackCodes}); the reason is one sentence. */
    record Rejected(int code, String reason) implements ConnectVerdict {
    }
}
