package io.atflow.sim.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Network} that sends every host under {@code *.aliyuncs.com} to fixed local endpoints (plain MQTT, MQTT
 * over TLS, HTTPS) and resolves every other host name with real DNS. An endpoint left null is not mapped: those
 * connections resolve with DNS too.
 */
public final class HostTable implements Network {
    /** The domain of the application note's endpoints, e.g. {@code iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com}. */
    public static final String ALIYUN_DOMAIN = "aliyuncs.com";

    private final InetSocketAddress mqttPlain;
    private final InetSocketAddress mqttTls;
    private final InetSocketAddress https;

    public HostTable(InetSocketAddress mqttPlain, InetSocketAddress mqttTls, InetSocketAddress https) {
        this.mqttPlain = mqttPlain;
        this.mqttTls = mqttTls;
        this.https = https;
    }

    /** Nothing mapped: the module talks to the real internet. */
    public static HostTable internet() {
        return new HostTable(null, null, null);
    }

    /** The Aliyun names go to one broker given as {@code tcp://host:port}, with or without TLS. */
    public static HostTable broker(URI broker) {
        if (!"tcp".equals(broker.getScheme()) || broker.getHost() == null || broker.getPort() < 0) {
            throw new IllegalArgumentException("broker \"" + broker + "\" must look like tcp://host:port");
        }
        InetSocketAddress address = InetSocketAddress.createUnresolved(broker.getHost(), broker.getPort());
        return new HostTable(address, address, null);
    }

    public static boolean isAliyun(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals(ALIYUN_DOMAIN) || h.endsWith("." + ALIYUN_DOMAIN);
    }

    @Override
    public Target mqtt(String host, int port, boolean tls) throws UnknownHostException {
        return target(host, port, tls ? mqttTls : mqttPlain);
    }

    @Override
    public Target http(String host, int port, boolean tls) throws UnknownHostException {
        return target(host, port, tls ? https : null);
    }

    /**
     * An Aliyun name on the port of a mapped endpoint (1883 plain MQTT, 8883 MQTT over TLS, 443 HTTPS) goes to that
     * endpoint, so a raw socket reaches what the module's MQTT and HTTP clients would; every other name by DNS.
     */
    @Override
    public Target socket(String host, int port) throws UnknownHostException {
        InetSocketAddress mapped = switch (port) {
            case 1883 -> mqttPlain;
            case 8883 -> mqttTls;
            case 443 -> https;
            default -> null;
        };
        return target(host, port, mapped);
    }

    /** An Aliyun name resolves to the address of the first mapped endpoint; every other name by DNS. */
    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        if (isAliyun(host)) {
            for (InetSocketAddress mapped : new InetSocketAddress[] { mqttPlain, mqttTls, https }) {
                if (mapped != null) {
                    return List.of(InetAddress.getByName(mapped.getHostString()));
                }
            }
        }
        return List.of(InetAddress.getAllByName(host));
    }

    private static Target target(String host, int port, InetSocketAddress mapped) throws UnknownHostException {
        if (mapped != null && isAliyun(host)) {
            return new Target(resolve(mapped.getHostString(), mapped.getPort()), host);
        }
        return new Target(resolve(host, port), host);
    }

    private static InetSocketAddress resolve(String host, int port) throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }
}
