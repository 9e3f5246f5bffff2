package io.atflow.cli.broker.fleet;

import java.util.HexFormat;

import io.atflow.platform.registry.Registry;

/**
 * The fleet's product and devices: {@link #PRODUCT} allows registration-free logins (the regnwl flow creates its
 * devices), and devices {@code Fleet0000...} exist with their own DeviceSecret for the device-secret flow.
 */
final class FleetRegistry {
    static final String PRODUCT = "a1FleetBnch";
    static final String PRODUCT_SECRET = "FleetProductSecret01";

    private FleetRegistry() {
    }

    static String name(int i) {
        return String.format("Fleet%04d", i);
    }

    /** A device's secret, 32 hex digits, different for every device. */
    static String secret(int i) {
        return HexFormat.of().formatHex(String.format("fleet-secret%04d", i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The default registry plus the fleet's product and {@code modules} activated devices, as registry text. */
    static String text(int modules) {
        StringBuilder b = new StringBuilder(Registry.defaults().text());
        b.append("# fleet benchmark\nproduct ").append(PRODUCT).append(" secret=").append(PRODUCT_SECRET)
                .append(" dynamic-registration=yes registration-free=yes\n");
        for (int i = 0; i < modules; i++) {
            b.append("device ").append(PRODUCT).append('/').append(name(i)).append(" secret=").append(secret(i))
                    .append(" activated=yes\n");
        }
        return b.toString();
    }
}
