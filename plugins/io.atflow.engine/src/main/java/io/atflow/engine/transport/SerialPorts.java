package io.atflow.engine.transport;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fazecast.jSerialComm.SerialPort;

/** Enumerates the serial ports of this machine, with descriptions for port pickers and error messages. */
public final class SerialPorts {
    private static final Path SYS = Path.of("/sys");

    private SerialPorts() {
    }

    /** The ports jSerialComm finds, sorted by name; empty when there are none. */
    public static List<PortInfo> list() {
        return Arrays.stream(SerialPort.getCommPorts()).map(SerialPorts::info)
                .sorted(Comparator.comparing(PortInfo::systemName)).toList();
    }

    /** {@code /dev/ttyUSB2 (Quectel EC25 AT port), /dev/ttyUSB3 (...)} or {@code none} — for error messages. */
    public static String summary(List<PortInfo> ports) {
        return ports.isEmpty() ? "none" : ports.stream().map(PortInfo::label).collect(Collectors.joining(", "));
    }

    private static PortInfo info(SerialPort p) {
        String path = p.getSystemPortPath();
        String fallback = firstNonBlank(p.getPortDescription(), p.getDescriptivePortName());
        int iface = QuectelPorts.interfaceNumber(SYS, path);
        return new PortInfo(path, QuectelPorts.describe(p.getVendorID(), p.getProductID(), iface, fallback),
                p.getManufacturer(), p.getSerialNumber(), p.getVendorID(), p.getProductID());
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "" : b;
    }
}
