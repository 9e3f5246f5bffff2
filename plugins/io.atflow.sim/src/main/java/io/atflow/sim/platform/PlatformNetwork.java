package io.atflow.sim.platform;

import java.net.InetSocketAddress;

import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;
import io.atflow.sim.net.HostTable;
import io.atflow.sim.net.Network;

/**
 * The simulated modules' network when they talk to the IoT platform emulator: every {@code *.aliyuncs.com} host
 * goes to the emulator (MQTT without {@code AT+QMTCFG="ssl"} to its plain listener, with it to its TLS listener,
 * HTTPS to its registration endpoint); other host names resolve with real DNS.
 */
public record PlatformNetwork(IotPlatform platform, Network network) implements AutoCloseable {

    /** Starts an in-process emulator with the default registry (the application note's products and devices). */
    public static PlatformNetwork embedded() {
        IotPlatform platform = IotPlatform.start(PlatformConfig.defaults());
        return new PlatformNetwork(platform, of(platform));
    }

    /** The host table for {@code platform}: Aliyun names to its listeners. */
    public static Network of(IotPlatform platform) {
        String host = platform.host().equals("0.0.0.0") || platform.host().equals("::") ? "127.0.0.1"
                : platform.host();
        return new HostTable(address(host, platform.mqttPort()), address(host, platform.mqttTlsPort()),
                address(host, platform.httpsPort()));
    }

    private static InetSocketAddress address(String host, int port) {
        return port < 0 ? null : InetSocketAddress.createUnresolved(host, port);
    }

    /** Stops the emulator. */
    @Override
    public void close() {
        platform.close();
    }
}
