package io.atflow.engine.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Names the role of a Quectel USB interface (Linux option driver layout of EC2x, EG9x, BG9x: interface 0 DM,
 * 1 NMEA, 2 AT commands, 3 modem/PPP), so a user can tell which of four ttyUSB ports takes AT commands.
 */
final class QuectelPorts {
    /** Quectel's USB vendor id. */
    static final int VENDOR_ID = 0x2C7C;
    private static final Map<Integer, String> MODELS = Map.of(0x0121, "EC21", 0x0125, "EC25", 0x0191, "EG91",
            0x0195, "EG95", 0x0296, "BG96", 0x0700, "BG95");
    private static final Map<Integer, String> ROLES = Map.of(0, "DM port", 1, "NMEA port", 2, "AT port", 3,
            "modem port");

    private QuectelPorts() {
    }

    /** A description such as {@code Quectel EC25 AT port}, or {@code fallback} for other vendors. */
    static String describe(int vendorId, int productId, int interfaceNumber, String fallback) {
        if (vendorId != VENDOR_ID) {
            return fallback;
        }
        String model = MODELS.getOrDefault(productId, "module");
        String role = ROLES.get(interfaceNumber);
        return "Quectel " + model + (role == null ? "" : " " + role);
    }

    /**
     * The USB interface number of a tty, read from sysfs ({@code <sys>/class/tty/<name>/device[/..]/bInterfaceNumber});
     * -1 when unknown.
     */
    static int interfaceNumber(Path sysRoot, String systemName) {
        String name = systemName.substring(systemName.lastIndexOf('/') + 1);
        Path device = sysRoot.resolve("class/tty").resolve(name).resolve("device");
        for (Path candidate : new Path[] { device.resolve("bInterfaceNumber"), device.resolve("../bInterfaceNumber") }) {
            try {
                if (Files.isRegularFile(candidate)) {
                    return Integer.parseInt(Files.readString(candidate).trim(), 16);
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
