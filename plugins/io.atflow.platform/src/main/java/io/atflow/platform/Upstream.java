package io.atflow.platform;

import java.net.URI;
import java.net.URISyntaxException;

import io.atflow.platform.registry.Device;

/**
 * An existing MQTT broker (Mosquitto, EMQX, HiveMQ, ...) that the platform relays authenticated devices to instead of
 * its embedded one. The gateway still checks every login with Aliyun's rules; the upstream sees each device as one
 * MQTT 3.1.1 client whose client id and user name come from the templates ({@code {productKey}} and
 * {@code {deviceName}} are replaced) and whose password is {@code password} (none when null). The platform's own
 * client, which answers Alink posts, logs in as {@link #SERVICE_USER} with the same password.
 *
 * @param host     the upstream's host name or address
 * @param port     its MQTT port (plain TCP)
 * @param clientId client id template of a relayed device
 * @param username user name template of a relayed device
 * @param password password of every relayed device and of the service client; null sends none
 */
public record Upstream(String host, int port, String clientId, String username, String password) {
    public static final String DEFAULT_CLIENT_ID = "{productKey}.{deviceName}";
    public static final String DEFAULT_USERNAME = "{deviceName}&{productKey}";
    /** The user name of the platform's service client on the upstream. */
    public static final String SERVICE_USER = "atflow-platform";

    public Upstream {
        if (host == null || host.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("an upstream needs a host and a port from 1 to 65535");
        }
    }

    /** {@code tcp://host:port} with the default templates and no password; IllegalArgumentException otherwise. */
    public static Upstream parse(String uri) {
        try {
            URI u = new URI(uri);
            if ("tcp".equals(u.getScheme()) && u.getHost() != null && u.getPort() > 0 && u.getPort() <= 65535
                    && (u.getPath() == null || u.getPath().isEmpty()) && u.getUserInfo() == null) {
                return new Upstream(u.getHost(), u.getPort(), DEFAULT_CLIENT_ID, DEFAULT_USERNAME, null);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("\"" + uri + "\" is not tcp://host:port");
    }

    public Upstream withCredentials(String clientIdTemplate, String usernameTemplate, String secret) {
        return new Upstream(host, port, clientIdTemplate, usernameTemplate, secret);
    }

    /** {@code tcp://host:port}, for messages. */
    public String uri() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The client id {@code device} has on the upstream. */
    public String clientIdOf(Device device) {
        return fill(clientId, device);
    }

    /** The user name {@code device} has on the upstream. */
    public String usernameOf(Device device) {
        return fill(username, device);
    }

    private static String fill(String template, Device d) {
        return template.replace("{productKey}", d.productKey()).replace("{deviceName}", d.deviceName());
    }

    @Override
    public String toString() {
        return "Upstream[" + uri() + ", clientId " + clientId + ", username " + username + ", password "
                + (password == null ? "none" : "****") + "]";
    }
}
