package io.atflow.sim.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import io.atflow.sim.net.HostTable;
import io.atflow.sim.net.Network;
import io.atflow.sim.net.Target;

/**
 * The module's network with an {@link OnDemandPlatform}: an Aliyun host name starts the emulator (if it does not run
 * yet) and goes to its listeners as {@link PlatformNetwork#of} maps them; every other name resolves with real DNS
 * without starting anything.
 */
final class OnDemandNetwork implements Network {
    private final OnDemandPlatform platform;

    OnDemandNetwork(OnDemandPlatform platform) {
        this.platform = platform;
    }

    @Override
    public Target mqtt(String host, int port, boolean tls) throws UnknownHostException {
        return route(host).mqtt(host, port, tls);
    }

    @Override
    public Target http(String host, int port, boolean tls) throws UnknownHostException {
        return route(host).http(host, port, tls);
    }

    @Override
    public Target socket(String host, int port) throws UnknownHostException {
        return route(host).socket(host, port);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return route(host).resolve(host);
    }

    private Network route(String host) throws UnknownHostException {
        if (!HostTable.isAliyun(host)) {
            return HostTable.internet();
        }
        try {
            return PlatformNetwork.of(platform.platform());
        } catch (RuntimeException e) {
            // the module reports a failed look-up or connection as the real one does when the network is down
            throw new UnknownHostException(host + ": the simulator's platform emulator did not start: "
                    + e.getMessage());
        }
    }
}
