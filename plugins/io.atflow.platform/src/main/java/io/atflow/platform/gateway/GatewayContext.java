package io.atflow.platform.gateway;

import java.net.InetSocketAddress;
import java.time.Clock;

import io.atflow.platform.PlatformEvents;
import io.atflow.platform.auth.LoginPolicy;
import io.atflow.platform.broker.Tickets;

/** What every gateway connection shares. */
public record GatewayContext(LoginPolicy policy, Tickets tickets, InetSocketAddress broker, Connections connections,
        PlatformEvents events, Clock clock) {
}
