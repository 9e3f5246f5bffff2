package io.atflow.sim.net;

import java.net.InetSocketAddress;

/**
 * Where a connection the module opens really goes: the socket address, and the host name the module asked for
 * (sent as TLS server name and HTTP Host).
 */
public record Target(InetSocketAddress address, String hostName) {
}
