package io.atflow.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.atflow.platform.registry.Registry;

/**
 * How to start an {@link IotPlatform}. Ports 0 pick free ephemeral ports, -1 leaves a listener off. Everything binds
 * to {@code 127.0.0.1} unless {@code host} says otherwise.
 *
 * @param host          address the listeners bind to
 * @param mqttPort      MQTT over plain TCP ({@code securemode=3})
 * @param mqttTlsPort   MQTT over TLS ({@code securemode=2/-2}, registration)
 * @param httpsPort     HTTPS registration endpoint
 * @param registry      products and devices; null starts from an in-memory copy of the default registry
 * @param tlsDirectory  where the TLS CA and certificate persist; null: next to the registry file, or in memory
 * @param tlsNames      extra names the server certificate carries besides localhost, 127.0.0.1 and {@code host}
 * @param tokenLifetime how long a registration-free DeviceToken stays valid
 * @param clock         time source of tokens and events
 * @param upstream      the MQTT broker devices are relayed to; null runs the embedded broker
 */
public record PlatformConfig(String host, int mqttPort, int mqttTlsPort, int httpsPort, Registry registry,
        Path tlsDirectory, List<String> tlsNames, Duration tokenLifetime, Clock clock, Upstream upstream) {

    /**
     * Host names of the application note's endpoints, so a client may keep them (resolving to the emulator) and
     * still verify the certificate.
     */
    public static final List<String> ALIYUN_NAMES = List.of("*.mqtt.iothub.aliyuncs.com",
            "iot-auth.cn-shanghai.aliyuncs.com");
    /** The emulator's choice: registration-free DeviceTokens stay valid for 30 days. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(30);

    public PlatformConfig {
        tlsNames = List.copyOf(tlsNames);
    }

    /** Loopback, ephemeral ports for all three listeners, default registry in memory. */
    public static PlatformConfig defaults() {
        return new PlatformConfig("127.0.0.1", 0, 0, 0, null, null, ALIYUN_NAMES, DEFAULT_TOKEN_LIFETIME,
                Clock.systemUTC(), null);
    }

    public PlatformConfig withHost(String value) {
        return new PlatformConfig(value, mqttPort, mqttTlsPort, httpsPort, registry, tlsDirectory, tlsNames,
                tokenLifetime, clock, upstream);
    }

    public PlatformConfig withPorts(int mqtt, int mqttTls, int https) {
        return new PlatformConfig(host, mqtt, mqttTls, https, registry, tlsDirectory, tlsNames, tokenLifetime,
                clock, upstream);
    }

    public PlatformConfig withRegistry(Registry value) {
        return new PlatformConfig(host, mqttPort, mqttTlsPort, httpsPort, value, tlsDirectory, tlsNames,
                tokenLifetime, clock, upstream);
    }

    /** Relays devices to {@code value} instead of the embedded broker; null returns to the embedded one. */
    public PlatformConfig withUpstream(Upstream value) {
        return new PlatformConfig(host, mqttPort, mqttTlsPort, httpsPort, registry, tlsDirectory, tlsNames,
                tokenLifetime, clock, value);
    }

    /** All names of the server certificate: localhost, 127.0.0.1, the bind host, then {@link #tlsNames()}. */
    public List<String> certificateNames() {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1"));
        if (!host.equals("0.0.0.0") && !host.equals("::") && !names.contains(host)) {
            names.add(host);
        }
        tlsNames.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }
}
