package io.atflow.platform.gateway;

import java.time.Clock;

import io.atflow.platform.PlatformEvents;
import io.atflow.platform.Upstream;
import io.atflow.platform.auth.LoginPolicy;
import io.atflow.platform.broker.EmbeddedBroker;
import io.atflow.platform.broker.Tickets;

/**
 * What every gateway connection shares. Either {@code broker} (the embedded broker, spliced byte for byte) or
 * {@code upstream} (an existing broker, relayed message by message) is set, the other is null.
 */
public record GatewayContext(LoginPolicy policy, Tickets tickets, EmbeddedBroker broker, Upstream upstream,
        Connections connections, PlatformEvents events, Clock clock) {
}
