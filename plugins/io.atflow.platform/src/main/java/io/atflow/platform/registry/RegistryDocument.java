package io.atflow.platform.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry file in memory: its products and devices plus the order of its lines, so that rewriting the file
 * keeps the comments and layout a person gave it. Not thread-safe; {@link Registry} guards it.
 */
final class RegistryDocument {
    /** One line of the file: verbatim text, or the current state of a product or device. */
    sealed interface Line {
    }

    record Text(String text) implements Line {
    }

    /** Products do not change at run time: their lines stay as written. */
    record ProductLine(String productKey, String text) implements Line {
    }

    /** A device line stays as written while the device is as it was read; {@code text} is null for new devices. */
    record DeviceLine(String key, String text, Device asWritten) implements Line {
    }

    final List<Line> lines = new ArrayList<>();
    final Map<String, Product> products = new LinkedHashMap<>();
    final Map<String, Device> devices = new LinkedHashMap<>();

    /** Adds or replaces a device; a new one gets its own line at the end of the file. */
    void put(Device device) {
        if (devices.put(device.key(), device) == null) {
            lines.add(new DeviceLine(device.key(), null, null));
        }
    }

    /** A device as read from {@code text}. */
    void read(Device device, String text) {
        devices.put(device.key(), device);
        lines.add(new DeviceLine(device.key(), text, device));
    }

    /** Undoes {@link #put}: restores the previous state, or removes a device that did not exist. */
    void restore(String key, Device previous) {
        if (previous == null) {
            devices.remove(key);
            lines.removeIf(l -> l instanceof DeviceLine d && d.key().equals(key));
        } else {
            devices.put(key, previous);
        }
    }

    String render() {
        StringBuilder b = new StringBuilder();
        for (Line line : lines) {
            b.append(switch (line) {
                case Text t -> t.text();
                case ProductLine p -> p.text();
                case DeviceLine d -> devices.get(d.key()).equals(d.asWritten()) ? d.text()
                        : render(devices.get(d.key()));
            }).append('\n');
        }
        return b.toString();
    }

    static String render(Device d) {
        StringBuilder b = new StringBuilder("device  ").append(d.key());
        if (d.deviceSecret() != null) {
            b.append(" secret=").append(d.deviceSecret());
        }
        b.append(" activated=").append(yesNo(d.activated()));
        if (!d.enabled()) {
            b.append(" enabled=no");
        }
        if (d.deviceToken() != null) {
            b.append(" client-id=").append(d.issuedClientId()).append(" token=").append(d.deviceToken());
        }
        return b.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
